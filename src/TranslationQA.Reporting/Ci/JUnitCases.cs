using System.Globalization;
using TranslationQA.Core.Findings;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Ci;

/// <summary>Outcome of one JUnit test case.</summary>
internal enum JUnitOutcome
{
    Pass,
    Failure,
    Error,
    /// <summary>A finding at or above the gate that a reviewer judged not an error.</summary>
    Skipped,
}

/// <summary>One JUnit test case derived from an article's result.</summary>
internal sealed record JUnitCase(string Name, JUnitOutcome Outcome, string Message, string Type, string Details, int? Line);

/// <summary>Derives the test cases of one article from its verdict, findings and the gate.</summary>
internal static class JUnitCases
{
    public static IReadOnlyList<JUnitCase> For(ArticleResult article, QualityGate gate)
    {
        if (article.Verdict == Verdict.Error)
        {
            var error = article.Error ?? "The article could not be checked.";
            return [new JUnitCase("readable and checkable", JUnitOutcome.Error, error, "ArticleError", error, null)];
        }

        var cases = new List<JUnitCase>();
        // A finding the gate looks at fails its case; one a reviewer suppressed is skipped, with why, so the test
        // results still show it. One the baseline had already (with --gate new) is no case, as a finding below the gate.
        foreach (var f in article.Findings.Where(f => ReportNames.AtOrAboveGate(f.Severity, gate) && (!f.Counts || GateEvaluator.InScope(gate, f))))
        {
            var severity = ReportNames.Of(f.Severity);
            var details = $"{f.Message}\nRule: {f.RuleId} ({f.Category}), {severity}\nGerman: {f.TargetText}"
                + (f.SourceText is { } s ? $"\nSource: {s}" : "")
                + (f.BackTranslation is { } b ? $"\nBack-translation: {b}" : "");
            var name = $"{f.RuleId} at line {f.Span.Line}, column {f.Span.Column}";
            cases.Add(f.Review?.Justification is { } why
                ? new JUnitCase(name, JUnitOutcome.Skipped, $"suppressed: {why}", f.RuleId, details, f.Span.Line)
                : new JUnitCase(name, JUnitOutcome.Failure, $"{severity}: {f.Message}", f.RuleId, details, f.Span.Line));
        }

        if (gate.MaxScore is { } max && article.Score > max && article.Verdict == Verdict.Fail)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"MQM score {article.Score:0.##} is above the limit {max:0.##}.");
            cases.Add(new JUnitCase("MQM score within limit", JUnitOutcome.Failure, text, "MqmScore", text, null));
        }

        if (cases.All(c => c.Outcome == JUnitOutcome.Skipped) && article.Verdict == Verdict.Fail)
        {
            // The pipeline failed it for a reason this gate view cannot see; never report such an article as passing.
            cases.Add(new JUnitCase("quality gate", JUnitOutcome.Failure, "The article failed the quality gate.", "QualityGate",
                "The article failed the quality gate.", null));
        }

        if (cases.All(c => c.Outcome == JUnitOutcome.Skipped))
        {
            cases.Add(new JUnitCase("quality gate", JUnitOutcome.Pass, "", "", "", null));
        }

        return cases;
    }
}

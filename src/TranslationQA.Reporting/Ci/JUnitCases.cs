using System.Globalization;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Ci;

/// <summary>Outcome of one JUnit test case.</summary>
internal enum JUnitOutcome
{
    Pass,
    Failure,
    Error,
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
        foreach (var f in article.Findings.Where(f => ReportNames.AtOrAboveGate(f.Severity, gate)))
        {
            var severity = ReportNames.Of(f.Severity);
            var details = $"{f.Message}\nRule: {f.RuleId} ({f.Category}), {severity}\nGerman: {f.TargetText}"
                + (f.SourceText is { } s ? $"\nSource: {s}" : "")
                + (f.BackTranslation is { } b ? $"\nBack-translation: {b}" : "");
            cases.Add(new JUnitCase(
                $"{f.RuleId} at line {f.Span.Line}, column {f.Span.Column}",
                JUnitOutcome.Failure, $"{severity}: {f.Message}", f.RuleId, details, f.Span.Line));
        }

        if (gate.MaxScore is { } max && article.Score > max)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"MQM score {article.Score:0.##} is above the limit {max:0.##}.");
            cases.Add(new JUnitCase("MQM score within limit", JUnitOutcome.Failure, text, "MqmScore", text, null));
        }

        if (cases.Count == 0 && article.Verdict == Verdict.Fail)
        {
            // The pipeline failed it for a reason this gate view cannot see; never report such an article as passing.
            cases.Add(new JUnitCase("quality gate", JUnitOutcome.Failure, "The article failed the quality gate.", "QualityGate",
                "The article failed the quality gate.", null));
        }

        if (cases.Count == 0)
        {
            cases.Add(new JUnitCase("quality gate", JUnitOutcome.Pass, "", "", "", null));
        }

        return cases;
    }
}

using System.Globalization;
using TranslationQA.Core.Checks;
using TranslationQA.Core.Findings;
using TranslationQA.Core.Model;

namespace TranslationQA.Cli.Commands;

/// <summary>
/// One rule in full for <c>translationqa rules &lt;id&gt;</c>: what it is, the severity its evidence earned on labelled
/// data, what it looks for, how it measured, and an example that triggers it beside one that does not.
/// </summary>
internal static class RuleHelp
{
    public static void Write(TextWriter output, RuleDescriptor rule, Calibration calibration, IReadOnlyList<string> sets)
    {
        output.WriteLine($"{rule.Id} {rule.Name}: {rule.Title}");
        output.WriteLine($"MQM category: {rule.Category}");
        if (rule.UserSeverity)
        {
            output.WriteLine($"Severity: each glossary entry's (default {Name(rule.DefaultSeverity)}), never calibrated: its findings come from the user's glossary (--glossary), so it is not measured and has no example without one.");
            output.WriteLine($"What it looks for: {rule.Help}");
            return;
        }

        output.WriteLine($"Severity: proposes {Name(rule.DefaultSeverity)}; a finding keeps it only where its kind of evidence earned it on " +
            Invariant($"expert-labelled data (critical needs a precision of {SeverityPolicy.CriticalPrecision}, major {SeverityPolicy.MajorPrecision}):"));
        var classes = calibration.Rows.Where(r => r.Kind == "evidence" && (r.Key == rule.Id || r.Key.StartsWith(rule.Id + ".", StringComparison.Ordinal)))
            .Select(r => r.Key).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var key in classes)
        {
            var (earned, confidence) = SeverityPolicy.Measured.For(key);
            output.WriteLine(Invariant($"  {key}: up to {Name(earned)}") + (confidence is { } p ? Invariant($" (precision {p:F2})") : " (never flagged a line)"));
        }

        if (classes.Count == 0)
        {
            output.WriteLine("  not measured: it never flagged a labelled line, so its findings stay minor");
        }

        output.WriteLine($"What it looks for: {rule.Help}");
        foreach (var m in RuleMeasurement.Of(calibration, rule.Id, sets))
        {
            output.WriteLine(Invariant($"Measured on {m.Set} ({m.Half} half): {m.Flagged} lines flagged, precision {m.Precision:F2}, recall {m.Recall:F3}"));
        }

        foreach (var example in RuleExamples.For(rule.Id))
        {
            output.WriteLine();
            output.WriteLine(example.Fires ? $"Flagged by {rule.Id}:" : $"Not flagged by {rule.Id}:");
            if (example.Source is { } source)
            {
                output.WriteLine($"  source ({example.SourceLang}): {Indent(source)}");
            }

            output.WriteLine($"  German{(example.Source is null ? " (checked alone)" : "")}: {Indent(example.Target)}");
        }
    }

    private static string Indent(string text) => text.Replace("\n", "\n    ", StringComparison.Ordinal);

    private static string Name(Severity severity) => severity.ToString().ToLowerInvariant();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

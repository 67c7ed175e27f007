using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Ci;

/// <summary>
/// Console lines in MSBuild canonical form, <c>path(line,col): error TQA001: message</c>, which CI log parsers
/// and IDEs turn into annotations. A finding at or above the gate is an error (it fails the run), any other a
/// warning; with the default gate that is critical = error, major and minor = warning. An article on a line of a file
/// of many (JSONL) points at that line, <c>articles.jsonl(12,1)</c>, and names the line and column in its target text
/// at the end: <c>[id, target line 3, column 41]</c>.
/// </summary>
public static class ConsoleFormatter
{
    /// <summary>The code used for an article that could not be checked.</summary>
    public const string ArticleErrorCode = "TQA000";

    /// <summary>One line per finding and per unreadable article, in report order.</summary>
    public static IEnumerable<string> Lines(RunReport report, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Articles.SelectMany(a => Lines(a, report.Gate, baseDirectory));
    }

    /// <summary>The lines of one article, printed as soon as it is checked.</summary>
    /// <param name="article">The article's result.</param>
    /// <param name="gate">The gate that makes a finding an error line.</param>
    /// <param name="baseDirectory">Paths are printed relative to it (the current folder when null).</param>
    /// <param name="gateOnly">Only the findings at or above the gate (what <c>--quiet</c> prints): why an article fails.</param>
    public static IEnumerable<string> Lines(ArticleResult article, QualityGate gate, string? baseDirectory = null, bool gateOnly = false)
    {
        ArgumentNullException.ThrowIfNull(article);
        var (path, line) = ArtifactPath.Of(article, baseDirectory ?? Environment.CurrentDirectory);
        if (article.Verdict == Verdict.Error)
        {
            var origin = line is { } l ? $"{path}({l},1)" : path;
            yield return $"{origin}: error {ArticleErrorCode}: {OneLine(article.Error ?? "The article could not be checked.")} [{article.Id}]";
            yield break;
        }

        foreach (var f in article.Findings.Where(f => !gateOnly || ReportNames.FailsGate(f, gate)))
        {
            yield return Line(path, line, article.Id, f, gate);
        }
    }

    /// <summary>
    /// The line for one finding of an article in <paramref name="path"/>, on its line <paramref name="fileLine"/> if it
    /// has one. A suppressed finding says so instead of error or warning, so that no log parser annotates it; with a
    /// baseline, a new finding says "new".
    /// </summary>
    public static string Line(string path, int? fileLine, string articleId, Finding finding, QualityGate gate)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var category = !finding.Counts ? "suppressed" : ReportNames.FailsGate(finding, gate) ? "error" : "warning";
        var state = finding.Review?.Baseline == BaselineState.New ? "new " : "";
        var unit = finding.Unit is { } u ? $", {OneLine(u.Describe())}" : "";
        var (origin, where) = fileLine is { } l
            ? ($"{path}({l},1)", $"{articleId}{unit}, target line {finding.Span.Line}, column {finding.Span.Column}")
            : ($"{path}({finding.Span.Line},{finding.Span.Column})", articleId + unit);
        return $"{origin}: {category} {finding.RuleId}: {state}{ReportNames.Of(finding.Severity)}: {OneLine(finding.Message)}"
            + (finding.TargetText.Length > 0 ? $" \"{OneLine(finding.TargetText)}\"" : "") + $" [{where}]"
            + (finding.Review?.Justification is { } why ? $" (not an error: {OneLine(why)})" : "");
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}

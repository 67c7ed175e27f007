using System.Text;
using TranslationQA.Core.Model;
using TranslationQA.Reporting.Html;

namespace TranslationQA.Reporting.Ci;

/// <summary>
/// Writes summary.md for a CI job summary (e.g. $GITHUB_STEP_SUMMARY): totals, failing articles, top findings.
/// Stays under <see cref="MaxBytes"/> (GitHub allows 1 MiB) by cutting rows and saying so.
/// </summary>
public sealed class MarkdownSummaryWriter(int maxBytes = MarkdownSummaryWriter.DefaultMaxBytes) : IReportWriter
{
    /// <summary>The file name written into the output folder.</summary>
    public const string FileName = "summary.md";

    /// <summary>Default cap: 1 MiB less a margin for whatever else the job appends.</summary>
    public const int DefaultMaxBytes = 1024 * 1024 - 16 * 1024;

    /// <summary>How many findings the "top findings" table lists at most.</summary>
    public const int TopFindings = 50;

    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>The byte cap of this writer.</summary>
    public int MaxBytes => maxBytes;

    /// <inheritdoc />
    public string Format => "md";

    /// <inheritdoc />
    public Task WriteAsync(RunReport report, string outputDirectory, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(Path.Combine(outputDirectory, FileName), Render(report), Utf8, cancellationToken);

    /// <summary>The markdown text, within the byte cap.</summary>
    public string Render(RunReport report)
    {
        var doc = new CappedMarkdown(maxBytes);
        doc.Line("## TranslationQA report");
        doc.Line();
        doc.Line(Escape(RunSummary.Sentence(report)));
        doc.Line();
        var counts = ReportNames.Count(report.Articles.SelectMany(a => a.Findings));
        doc.Line("| Articles | Pass | Fail | Error | Critical | Major | Minor | Engine | Characters translated |");
        doc.Line("|---:|---:|---:|---:|---:|---:|---:|---|---:|");
        doc.Line($"| {report.Articles.Count} | {report.Articles.Count(a => a.Verdict == Verdict.Pass)} | "
            + $"{report.Articles.Count(a => a.Verdict == Verdict.Fail)} | {report.Articles.Count(a => a.Verdict == Verdict.Error)} | "
            + $"{counts.Critical} | {counts.Major} | {counts.Minor} | {Escape(report.Engine)} | {RunSummary.Number(report.Stats.CharactersTranslated)} |");
        var failing = report.Articles.Where(a => a.Verdict != Verdict.Pass)
            .OrderBy(a => a.Verdict == Verdict.Error ? 0 : 1).ThenByDescending(a => a.Score).ToList();
        if (failing.Count > 0)
        {
            doc.Line();
            doc.Line("### Articles that failed or could not be checked");
            doc.Line();
            doc.Line("| Article | Verdict | MQM score | Critical | Major | Minor | Note |");
            doc.Line("|---|---|---:|---:|---:|---:|---|");
            doc.Rows(failing.Select(a =>
            {
                var c = ReportNames.Count(a.Findings);
                return $"| {Escape(a.Id)} | {ReportNames.Of(a.Verdict)} | {a.Score.ToString("0.0", RunSummary.Culture)} | "
                    + $"{c.Critical} | {c.Major} | {c.Minor} | {Escape(a.Error ?? "")} |";
            }), failing.Count, "failing articles");
        }

        var top = report.Articles.SelectMany(a => a.Findings.Select(f => (Article: a, Finding: f)))
            .OrderByDescending(x => x.Finding.Severity).ThenBy(x => x.Article.Id, StringComparer.Ordinal)
            .ThenBy(x => x.Finding.Span.Offset).ToList();
        if (top.Count > 0)
        {
            doc.Line();
            doc.Line(top.Count > TopFindings ? $"### Top {TopFindings} of {top.Count} findings" : "### Findings");
            doc.Line();
            doc.Line("| Severity | Article | Line:col | Rule | German | Message |");
            doc.Line("|---|---|---|---|---|---|");
            doc.Rows(top.Take(TopFindings).Select(x =>
                $"| {ReportNames.Of(x.Finding.Severity)} | {Escape(x.Article.Id)} | {x.Finding.Span.Line}:{x.Finding.Span.Column} | "
                + $"{Escape(x.Finding.RuleId)} | {Escape(Clip(x.Finding.TargetText, 80))} | {Escape(Clip(x.Finding.Message, 200))} |"),
                Math.Min(top.Count, TopFindings), "findings");
        }

        doc.Line();
        doc.Line("Full details: `index.html` (reviewer report), `report.json`, `report.sarif`, `junit.xml`.");
        return doc.ToString();
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "\u2026";

    /// <summary>Makes text safe inside a markdown table cell: no HTML, no pipes, no line breaks, no emphasis.</summary>
    internal static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '|' => builder.Append("\\|"),
                '\r' or '\n' or '\t' => builder.Append(' '),
                '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '~' => builder.Append('\\').Append(c),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}

using System.Text;
using TranslationQA.Core.Model;
using TranslationQA.Reporting.Streaming;

namespace TranslationQA.Reporting.Ci;

/// <summary>
/// Writes summary.md for a CI job summary (e.g. $GITHUB_STEP_SUMMARY): totals, failing articles, top findings.
/// Stays under <see cref="MaxBytes"/> (GitHub allows 1 MiB) by cutting rows and saying so.
/// </summary>
public sealed class MarkdownSummaryWriter(int maxBytes = MarkdownSummaryWriter.DefaultMaxBytes) : IStreamingReportWriter
{
    /// <summary>The file name written into the output folder.</summary>
    public const string FileName = "summary.md";

    /// <summary>Default cap: 1 MiB less a margin for whatever else the job appends.</summary>
    public const int DefaultMaxBytes = 1024 * 1024 - 16 * 1024;

    /// <summary>How many findings the "top findings" table lists at most.</summary>
    public const int TopFindings = 50;

    /// <summary>The byte cap of this writer.</summary>
    public int MaxBytes => maxBytes;

    /// <inheritdoc />
    public string Format => "md";

    /// <inheritdoc />
    public Task WriteAsync(RunReport report, string outputDirectory, CancellationToken cancellationToken) =>
        ReportSessions.WriteAllAsync(this, report, outputDirectory, cancellationToken);

    /// <inheritdoc />
    public IReportSession Open(RunStart run, string outputDirectory) => new Session(new MarkdownSummary(run, maxBytes), outputDirectory);

    /// <summary>The markdown text, within the byte cap.</summary>
    public string Render(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var summary = new MarkdownSummary(RunStart.Of(report), maxBytes);
        for (var i = 0; i < report.Articles.Count; i++)
        {
            summary.Add(report.Articles[i], i);
        }

        return summary.Render(RunEnd.Of(report));
    }

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

    private sealed class Session(MarkdownSummary summary, string outputDirectory) : IReportSession
    {
        private long _count;

        public Task AddAsync(ArticleResult article, long position, CancellationToken cancellationToken)
        {
            summary.Add(article, _count++);
            return Task.CompletedTask;
        }

        public Task CompleteAsync(RunEnd end, CancellationToken cancellationToken) =>
            AtomicFile.WriteAllTextAsync(Path.Combine(outputDirectory, FileName), summary.Render(end), cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

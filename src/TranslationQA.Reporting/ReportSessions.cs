using TranslationQA.Core.Model;

namespace TranslationQA.Reporting;

/// <summary>Writes a finished run through a streaming writer, so both ways of writing share one code path.</summary>
public static class ReportSessions
{
    /// <summary>Opens a session, adds every article in order and completes it.</summary>
    public static async Task WriteAllAsync(
        IStreamingReportWriter writer, RunReport report, string outputDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        var session = writer.Open(RunStart.Of(report), outputDirectory);
        await using (session.ConfigureAwait(false))
        {
            for (var i = 0; i < report.Articles.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await session.AddAsync(report.Articles[i], i, cancellationToken).ConfigureAwait(false);
            }

            await session.CompleteAsync(RunEnd.Of(report), cancellationToken).ConfigureAwait(false);
        }
    }
}

/// <summary>Adapts a writer that needs the whole run: it keeps the articles and writes them all on completion.</summary>
internal sealed class BufferingSession(IReportWriter writer, RunStart run, string outputDirectory) : IReportSession
{
    private readonly List<ArticleResult> _articles = [];

    public Task AddAsync(ArticleResult article, long position, CancellationToken cancellationToken)
    {
        _articles.Add(article);
        return Task.CompletedTask;
    }

    public Task CompleteAsync(RunEnd end, CancellationToken cancellationToken) =>
        writer.WriteAsync(new RunReport(_articles, run.Rules, run.Engine, run.ToolVersion, run.StartedAt, end.Duration, end.Stats, run.Gate),
            outputDirectory, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

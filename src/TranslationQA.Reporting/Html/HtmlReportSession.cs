using System.Text;
using TranslationQA.Core.Model;
using TranslationQA.Reporting.Streaming;

namespace TranslationQA.Reporting.Html;

/// <summary>
/// Writes the HTML report while the run goes on: each article page as soon as the next article is known (for its
/// "next" link), each index row into a spool; on completion the last page and the index, whose summary and chart
/// come before the rows.
/// </summary>
internal sealed class HtmlReportSession : IReportSession
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly RunStart _run;
    private readonly string _outputDirectory;
    private readonly DateTimeOffset _generatedAt;
    private readonly SpoolFile _rows;
    private readonly StreamWriter _rowWriter;
    private readonly StringBuilder _row = new();
    private readonly RunTotals _totals = new();
    private readonly CategoryTally _categories = new();
    private readonly List<(string Article, Finding Finding, string Fingerprint)> _suppressed = [];
    private (string Id, string SafeId)? _previous;
    private (ArticleResult Article, string SafeId)? _pending;

    public HtmlReportSession(RunStart run, string outputDirectory, TimeProvider time)
    {
        (_run, _outputDirectory) = (run, outputDirectory);
        _generatedAt = time.GetUtcNow();
        Directory.CreateDirectory(Path.Combine(outputDirectory, HtmlReportWriter.ArticlesFolder));
        _rows = new SpoolFile(outputDirectory, HtmlReportWriter.IndexFileName);
        _rowWriter = new StreamWriter(_rows.Stream, Utf8, 64 * 1024, leaveOpen: true);
    }

    public async Task AddAsync(ArticleResult article, long position, CancellationToken cancellationToken)
    {
        var safeId = SafeId.For(article.Id);
        await WritePendingPageAsync((article.Id, safeId), cancellationToken).ConfigureAwait(false);
        _pending = (article, safeId);
        _totals.Add(article);
        _categories.Add(article.Findings);
        if (article.Findings.Any(f => !f.Counts))
        {
            // Only the suppressed findings are kept for the index (as many as the suppressions file has entries).
            var fingerprints = FindingFingerprint.ForArticle(article);
            _suppressed.AddRange(article.Findings.Select((f, i) => (article.Id, f, fingerprints[i])).Where(x => !x.f.Counts));
        }

        IndexPage.AppendRow(_row.Clear(), article, safeId);
        await _rowWriter.WriteAsync(_row, cancellationToken).ConfigureAwait(false);
    }

    public async Task CompleteAsync(RunEnd end, CancellationToken cancellationToken)
    {
        await WritePendingPageAsync(null, cancellationToken).ConfigureAwait(false);
        await _rowWriter.FlushAsync(cancellationToken).ConfigureAwait(false);
        var file = new AtomicFile(Path.Combine(_outputDirectory, HtmlReportWriter.IndexFileName));
        await using (file.ConfigureAwait(false))
        {
            var head = new StringBuilder(64 * 1024);
            IndexPage.AppendHead(head, _run, end, _totals, _categories, _suppressed);
            await file.Stream.WriteAsync(Utf8.GetBytes(head.ToString()), cancellationToken).ConfigureAwait(false);
            await _rows.CopyToAsync(file.Stream, 0, cancellationToken).ConfigureAwait(false);
            var tail = new StringBuilder(16 * 1024);
            IndexPage.AppendTail(tail, _run.ToolVersion, _generatedAt);
            await file.Stream.WriteAsync(Utf8.GetBytes(tail.ToString()), cancellationToken).ConfigureAwait(false);
            await file.CommitAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _rowWriter.DisposeAsync().ConfigureAwait(false);
        await _rows.DisposeAsync().ConfigureAwait(false);
    }

    private async Task WritePendingPageAsync((string Id, string SafeId)? next, CancellationToken cancellationToken)
    {
        if (_pending is not { } pending)
        {
            return;
        }

        var page = ArticlePage.Render(_run, pending.Article, new ArticlePage.Neighbours(_previous, next), _generatedAt);
        await AtomicFile.WriteAllTextAsync(Path.Combine(_outputDirectory, HtmlReportWriter.PagePath(pending.Article.Id)), page.ToString(), cancellationToken)
            .ConfigureAwait(false);

        _previous = (pending.Article.Id, pending.SafeId);
        _pending = null;
    }
}

using System.Text.Json;
using TranslationQA.Core.Model;
using TranslationQA.Reporting.Streaming;

namespace TranslationQA.Reporting.Json;

/// <summary>
/// Writes report.json while the run goes on. The totals come before the articles in the file, so the articles are
/// serialised into a spool file at the depth they have in the report, and on completion the report is the header
/// (the document with an empty article list, cut after its '[') followed by the spool.
/// </summary>
internal sealed class JsonReportSession : IReportSession
{
    private readonly RunStart _run;
    private readonly string _path;
    private readonly TimeProvider _time;
    private readonly SpoolFile _spool;
    private readonly Utf8JsonWriter _articles;
    private readonly long _start;
    private readonly RunTotals _totals = new();

    public JsonReportSession(RunStart run, string outputDirectory, TimeProvider time)
    {
        (_run, _time, _path) = (run, time, Path.Combine(outputDirectory, JsonReportWriter.FileName));
        _spool = new SpoolFile(outputDirectory, JsonReportWriter.FileName);
        _articles = new Utf8JsonWriter(_spool.Stream, JsonReportWriter.WriterOptions);
        _articles.WriteStartObject();
        _articles.WriteStartArray("articles");
        _articles.Flush();
        _start = _articles.BytesCommitted;
    }

    public async Task AddAsync(ArticleResult article, long position, CancellationToken cancellationToken)
    {
        var document = ReportDocumentBuilder.Article(article, _run.Engine, _run.Shard is null ? null : position);
        JsonSerializer.Serialize(_articles, document, JsonReportWriter.Context.ArticleDocument);
        _totals.Add(article);
        await _articles.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task CompleteAsync(RunEnd end, CancellationToken cancellationToken)
    {
        _articles.WriteEndArray();
        _articles.WriteEndObject();
        await _articles.FlushAsync(cancellationToken).ConfigureAwait(false);
        var header = JsonSerializer.SerializeToUtf8Bytes(
            ReportDocumentBuilder.Header(_run, end, _totals, _time.GetUtcNow()), JsonReportWriter.Context.ReportDocument);
        var file = new AtomicFile(_path);
        await using (file.ConfigureAwait(false))
        {
            await file.Stream.WriteAsync(header.AsMemory(0, Array.LastIndexOf(header, (byte)'[') + 1), cancellationToken).ConfigureAwait(false);
            await _spool.CopyToAsync(file.Stream, _start, cancellationToken).ConfigureAwait(false);
            await file.CommitAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _articles.DisposeAsync().ConfigureAwait(false);
        await _spool.DisposeAsync().ConfigureAwait(false);
    }
}

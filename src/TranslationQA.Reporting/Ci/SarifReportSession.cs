using System.Text.Json;
using TranslationQA.Core.Model;
using TranslationQA.Reporting.Streaming;

namespace TranslationQA.Reporting.Ci;

/// <summary>
/// Writes report.sarif while the run goes on: results are spooled at their depth in the report; the invocation
/// (which names every unreadable article) comes before them, so on completion the report is the skeleton up to
/// the results' '[' followed by the spool.
/// </summary>
internal sealed class SarifReportSession : IReportSession
{
    private readonly RunStart _run;
    private readonly string _path;
    private readonly string _baseDirectory;
    private readonly Dictionary<string, int> _ruleIndex;
    private readonly List<SarifNotification> _notifications = [];
    private readonly SpoolFile _spool;
    private readonly Utf8JsonWriter _results;
    private readonly long _start;

    public SarifReportSession(RunStart run, string outputDirectory, string baseDirectory)
    {
        (_run, _baseDirectory, _path) = (run, baseDirectory, Path.Combine(outputDirectory, SarifReportWriter.FileName));
        _ruleIndex = run.Rules.Select((r, i) => (r.Id, i)).DistinctBy(x => x.Id).ToDictionary(x => x.Id, x => x.i);
        _spool = new SpoolFile(outputDirectory, SarifReportWriter.FileName);
        _results = new Utf8JsonWriter(_spool.Stream, SarifReportWriter.Options);
        SarifParts.OpenResults(_results);
        _results.Flush();
        _start = _results.BytesCommitted;
    }

    public async Task AddAsync(ArticleResult article, long position, CancellationToken cancellationToken)
    {
        var artifact = SarifArtifact.Of(article, _baseDirectory);
        if (article.Verdict == Verdict.Error)
        {
            _notifications.Add(new SarifNotification(article.Id, article.Error ?? "could not be checked", artifact));
        }

        var fingerprints = FindingFingerprint.ForArticle(article);
        for (var i = 0; i < article.Findings.Count; i++)
        {
            SarifResult.Write(_results, article, article.Findings[i], fingerprints[i], artifact, _ruleIndex);
        }

        await _results.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task CompleteAsync(RunEnd end, CancellationToken cancellationToken)
    {
        SarifParts.CloseResults(_results);
        await _results.FlushAsync(cancellationToken).ConfigureAwait(false);
        using var skeleton = new MemoryStream();
        using (var json = new Utf8JsonWriter(skeleton, SarifReportWriter.Options))
        {
            SarifParts.WriteSkeleton(json, _run, end, _notifications, _baseDirectory);
        }

        var header = skeleton.GetBuffer().AsMemory(0, (int)skeleton.Length);
        var file = new AtomicFile(_path);
        await using (file.ConfigureAwait(false))
        {
            await file.Stream.WriteAsync(header[..(header.Span.LastIndexOf((byte)'[') + 1)], cancellationToken).ConfigureAwait(false);
            await _spool.CopyToAsync(file.Stream, _start, cancellationToken).ConfigureAwait(false);
            await file.CommitAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _results.DisposeAsync().ConfigureAwait(false);
        await _spool.DisposeAsync().ConfigureAwait(false);
    }
}

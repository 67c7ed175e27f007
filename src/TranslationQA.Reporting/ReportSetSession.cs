using TranslationQA.Core.Model;

namespace TranslationQA.Reporting;

/// <summary>
/// Every format of a <see cref="ReportSet"/> being written while the run goes on. A writer that fails is recorded
/// and dropped (its scratch files removed); the others go on, as with <see cref="ReportSet.WriteAsync"/>.
/// </summary>
public sealed class ReportSetSession : IAsyncDisposable
{
    private readonly List<(string Format, IReportSession Session)> _open = [];
    private readonly List<ReportFailure> _failures = [];
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);
    private readonly string _outputDirectory;

    internal ReportSetSession(IEnumerable<IReportWriter> writers, RunStart run, string outputDirectory)
    {
        _outputDirectory = outputDirectory;
        foreach (var writer in writers)
        {
            try
            {
                var session = writer is IStreamingReportWriter streaming
                    ? streaming.Open(run, outputDirectory)
                    : new BufferingSession(writer, run, outputDirectory);
                _open.Add((writer.Format, session));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _failures.Add(new ReportFailure(writer.Format, ex));
            }
        }
    }

    /// <summary>The folder the reports go into.</summary>
    public string OutputDirectory => _outputDirectory;

    /// <summary>
    /// The files of this run, relative to the output folder with '/': the reports completed and every article page
    /// started (one whose format failed later is still this run's file). Complete after <see cref="CompleteAsync"/>.
    /// </summary>
    public IReadOnlyCollection<string> WrittenFiles => _written;

    /// <summary>Adds the next article (in input order) to every format still being written.</summary>
    public async Task AddAsync(ArticleResult article, long position, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (_open.Any(o => o.Format == "html"))
        {
            _written.Add(Html.HtmlReportWriter.PagePath(article.Id));
        }

        for (var i = 0; i < _open.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await _open[i].Session.AddAsync(article, position, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                await DropAsync(i--, ex).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Completes every format and returns the formats that could not be written, with why.</summary>
    public async Task<IReadOnlyList<ReportFailure>> CompleteAsync(RunEnd end, CancellationToken cancellationToken)
    {
        while (_open.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var session = _open[0].Session;
            try
            {
                await session.CompleteAsync(end, cancellationToken).ConfigureAwait(false);
                if (MainFile(_open[0].Format) is { } file)
                {
                    _written.Add(file);
                }

                _open.RemoveAt(0);
                await session.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                await DropAsync(0, ex).ConfigureAwait(false);
            }
        }

        return _failures;
    }

    /// <summary>Abandons every format not completed, removing its scratch files.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var (_, session) in _open)
        {
            await session.DisposeAsync().ConfigureAwait(false);
        }

        _open.Clear();
    }

    private async Task DropAsync(int index, Exception ex)
    {
        // A broken format must not cost the reviewer the other reports, so record it and carry on without it.
        var (format, session) = _open[index];
        _open.RemoveAt(index);
        _failures.Add(new ReportFailure(format, ex));
        try
        {
            await session.DisposeAsync().ConfigureAwait(false);
            // An older run's report of this format would now sit beside this run's others as if it were this run's.
            if (MainFile(format) is { } file)
            {
                File.Delete(Path.Combine(_outputDirectory, file));
            }
        }
        catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
        {
            // The failure is already recorded; a scratch file that cannot be removed changes nothing for the reader.
        }
    }

    private static string? MainFile(string format) => format switch
    {
        "json" => Json.JsonReportWriter.FileName,
        "html" => Html.HtmlReportWriter.IndexFileName,
        "sarif" => Ci.SarifReportWriter.FileName,
        "junit" => Ci.JUnitReportWriter.FileName,
        "md" => Ci.MarkdownSummaryWriter.FileName,
        _ => null,
    };
}

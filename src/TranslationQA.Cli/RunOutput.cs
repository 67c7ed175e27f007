using Humanizer;
using TranslationQA.Core.Model;
using TranslationQA.Reporting;
using TranslationQA.Reporting.Ci;
using TranslationQA.Reporting.Html;
using TranslationQA.Reporting.Resume;

namespace TranslationQA.Cli;

/// <summary>
/// Where a run's results go as they come, in input order: every report format, the MSBuild-style console lines and
/// the totals that decide the summary line and the exit code, the resume journal of the articles checked, and the
/// manifest of the files written. Only that list of files grows with the number of articles (a page name each).
/// </summary>
internal sealed class RunOutput(
    ReportSetSession reports, TextWriter stdout, TextWriter stderr, bool quiet, QualityGate gate, ResumeJournal? journal = null) : IAsyncDisposable
{
    private readonly RunTotals _totals = new();
    private readonly MemoryTrim _trim = new();
    private ResumeJournal? _journal = journal;
    private bool _journalFailed;

    /// <summary>The run's totals so far.</summary>
    public RunTotals Totals => _totals;

    /// <summary>
    /// Reports the next article; one <paramref name="kept"/> from the interrupted run a resumed run continues is
    /// already in the journal.
    /// </summary>
    public async Task AddAsync(ArticleResult result, long position, bool kept, CancellationToken cancellationToken)
    {
        await reports.AddAsync(result, position, cancellationToken).ConfigureAwait(false);
        if (!kept)
        {
            await JournalAsync(result, position).ConfigureAwait(false);
        }

        _totals.Add(result);
        _trim.Article();
        // Quiet still says why an article fails: a CI log that shows "2 fail" and not why sends people to the artifacts.
        foreach (var line in ConsoleFormatter.Lines(result, gate, gateOnly: quiet))
        {
            await stdout.WriteLineAsync(line).ConfigureAwait(false);
        }
    }

    /// <summary>Completes the reports, prints writer failures and the summary line, and returns the exit code.</summary>
    /// <param name="end">Duration and engine cost.</param>
    /// <param name="indexPath">The HTML index to point at, if one is written.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public async Task<int> CompleteAsync(RunEnd end, string? indexPath, CancellationToken cancellationToken)
    {
        var failures = await reports.CompleteAsync(end, cancellationToken).ConfigureAwait(false);
        foreach (var failure in failures)
        {
            await stderr.WriteLineAsync($"error: {failure}").ConfigureAwait(false);
        }

        CloseJournal(complete: end.Interrupted is null && failures.Count == 0);
        await WarnStaleAsync(end).ConfigureAwait(false);

        // The files an earlier run wrote here and this one did not (pages of articles no longer checked) would pass
        // for this run's; the manifest names them, and nothing else is touched.
        foreach (var warning in await OutputManifest.ReplaceAsync(reports.OutputDirectory, reports.WrittenFiles, cancellationToken).ConfigureAwait(false))
        {
            await stderr.WriteLineAsync($"warning: {warning}").ConfigureAwait(false);
        }

        // A report that could not be written is absent (never half-written); the summary says which, and points at
        // the HTML index only if it exists.
        var missing = failures.Select(f => f.Format).ToList();
        await stdout.WriteLineAsync(Summary(end, missing.Contains("html") ? null : indexPath, missing)).ConfigureAwait(false);
        if (failures.Count > 0 || _totals.Error > 0)
        {
            return ExitCodes.Error;
        }

        return _totals.Fail > 0 ? ExitCodes.GateFailed : ExitCodes.Passed;
    }

    public async ValueTask DisposeAsync()
    {
        await reports.DisposeAsync().ConfigureAwait(false);
        _journal?.Dispose();
    }

    private async Task JournalAsync(ArticleResult result, long position)
    {
        if (_journal is null || _journalFailed)
        {
            return;
        }

        try
        {
            _journal.Add(result, position);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The reports matter more than the journal: what it holds stays usable (a line cut short is ignored), so
            // a resumed run keeps those articles and checks the rest.
            _journalFailed = true;
            await stderr.WriteLineAsync($"warning: {_journal.Path}: {e.Message}; the articles checked from here on cannot be resumed")
                .ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A run that checked everything and wrote every report has nothing to resume: its journal goes. One that did not
    /// leaves it, so 'check --resume' writes its reports without checking those articles again.
    /// </summary>
    private void CloseJournal(bool complete)
    {
        try
        {
            if (complete)
            {
                _journal?.Delete();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A journal left behind is harmless: the next run replaces it, and --resume keeps only unchanged articles.
        }

        _journal?.Dispose();
        _journal = null;
    }

    /// <summary>Suppressions that matched no finding: the finding was fixed or its words changed, so the entry can go.</summary>
    private async Task WarnStaleAsync(RunEnd end)
    {
        const int shown = 20;
        var stale = end.Review?.Stale ?? [];
        foreach (var s in stale.Take(shown))
        {
            await stderr.WriteLineAsync($"warning: stale suppression {s.Fingerprint} ({s.Rule ?? "rule not given"}, {s.Article ?? "article not given"}): "
                + "it matches no finding any more").ConfigureAwait(false);
        }

        if (stale.Count > shown)
        {
            await stderr.WriteLineAsync($"warning: {stale.Count - shown:N0} more stale suppressions (listed in report.json)").ConfigureAwait(false);
        }
    }

    private string Summary(RunEnd end, string? indexPath, IReadOnlyList<string> missing)
    {
        var text = RunSummary.Sentence(_totals, end);
        var stats = end.Stats;
        if (stats.Requests > 0 || stats.CacheHits > 0)
        {
            text += $" Engine: {"request".ToQuantity(stats.Requests, "N0", RunSummary.Culture)}, " +
                    $"{RunSummary.Number(stats.CharactersSent)} characters sent, " +
                    $"{"retry".ToQuantity(stats.Retries, "N0", RunSummary.Culture)}, " +
                    $"{"cache hit".ToQuantity(stats.CacheHits, "N0", RunSummary.Culture)}.";
        }

        if (missing.Count > 0)
        {
            text += $" Not written: {string.Join(", ", missing)} (see the errors above).";
        }

        return indexPath is null ? text : $"{text} Report: {indexPath}";
    }
}

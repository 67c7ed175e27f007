using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using TranslationQA.Core.BackTranslation;
using TranslationQA.Core.Checks;
using TranslationQA.Core.Ingestion;
using TranslationQA.Core.Model;
using TranslationQA.Core.Pipeline;
using TranslationQA.Reporting;
using TranslationQA.Reporting.Resume;
using TranslationQA.Translation.Offline;

namespace TranslationQA.Cli;

/// <summary>
/// The rerunnable benchmark: varies the given articles into many distinct ones (paragraphs rotated, numbers changed),
/// loads the offline engine once, then times the pipeline and, on request, the report writers, streaming as a check
/// run does, so its peak memory is that of a real run of the same size.
/// </summary>
internal sealed partial class BenchRunner(TextWriter stdout, TextWriter stderr, TimeProvider time)
{
    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();

    public async Task<int> RunAsync(string from, int count, bool writeReports, string? outDir, CancellationToken cancellationToken)
    {
        if (count < 1)
        {
            await stderr.WriteLineAsync("error: --articles must be at least 1").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        var seeds = Directory.Exists(from) || File.Exists(from)
            ? new ArticleReader().Read(from).Where(i => i.Article is not null).Select(i => i.Article!).ToList()
            : [];
        if (seeds.Count == 0)
        {
            await stderr.WriteLineAsync($"error: --from {from}: no readable article to vary; pass --from with a folder of articles " +
                "(the repository's fixtures/articles, or your own)").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        // Generated lazily, like articles read from disk: the run never holds more than the pipeline's window.
        var inputs = Enumerable.Range(0, count).Select(i => Vary(seeds[i % seeds.Count], i / seeds.Count, i));
        var folder = outDir ?? Path.Combine(Path.GetTempPath(), $"translationqa-bench-{Environment.ProcessId}");
        long live;
        try
        {
            var loadStart = time.GetTimestamp();
            var engine = await OfflineBackTranslator.LoadAsync(null, cancellationToken).ConfigureAwait(false);
            await Report("dictionary load", time.GetElapsedTime(loadStart)).ConfigureAwait(false);
            var clock = new StageClock();
            var pipeline = new QaPipeline(PipelineFactory.Components(engine, CheckCatalogue.CreateAll(new CheckOptions(Spelling: GermanSpelling.Load()))))
            {
                Clock = clock,
            };
            var warmStart = time.GetTimestamp();
            await pipeline.RunAsync([.. seeds.Select(Input)], QualityGate.Default, null, cancellationToken).ConfigureAwait(false);
            await Report($"warm-up ({seeds.Count} articles)", time.GetElapsedTime(warmStart)).ConfigureAwait(false);

            var run = new RunStart(CheckCatalogue.Rules, engine.Name, ToolInfo.Version, time.GetUtcNow(), QualityGate.Default);
            var reports = writeReports ? new ReportSet(ReportWriters.All(time)).Open(run, folder) : null;
            // A check run writes its resume journal beside the reports, so the writing time includes it.
            var journal = writeReports ? ResumeJournal.Start(folder, JournalSettings.Of(ToolInfo.Build, engine.Name, QualityGate.Default, null)) : null;
            var (totals, words, writing, journaling, trim) = (new RunTotals(), 0L, TimeSpan.Zero, TimeSpan.Zero, new MemoryTrim());
            IReadOnlyList<ReportFailure> failures = [];
            var runStart = time.GetTimestamp();
            var runCost = RunCost.Now();
            await foreach (var result in pipeline.RunStreamingAsync(inputs, QualityGate.Default, cancellationToken).ConfigureAwait(false))
            {
                totals.Add(result);
                words += result.WordCount;
                trim.Article();
                if (reports is not null)
                {
                    var writeStart = time.GetTimestamp();
                    await reports.AddAsync(result, totals.Articles - 1, cancellationToken).ConfigureAwait(false);
                    var journalStart = time.GetTimestamp();
                    journal!.Add(result, totals.Articles - 1);
                    journaling += time.GetElapsedTime(journalStart);
                    writing += time.GetElapsedTime(writeStart);
                }
            }

            if (reports is not null)
            {
                var writeStart = time.GetTimestamp();
                failures = await reports.CompleteAsync(new RunEnd(time.GetElapsedTime(runStart), engine.Stats), cancellationToken).ConfigureAwait(false);
                writing += time.GetElapsedTime(writeStart);
                journal!.Delete(); // as a completed run does
                await reports.DisposeAsync().ConfigureAwait(false);
            }

            var elapsed = time.GetElapsedTime(runStart);
            var cost = RunCost.Now() - runCost;
            // What the run still holds (dictionaries, memos, caches), as against what the collector had not reclaimed.
            live = GC.GetTotalMemory(forceFullCollection: true);
            GC.KeepAlive(pipeline);
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"checked {totals.Articles} articles ({words:N0} words, {totals.Findings.Total:N0} findings) in {elapsed.TotalSeconds:F2} s: {totals.Articles / elapsed.TotalSeconds:F1} articles/s")).ConfigureAwait(false);
            await stdout.WriteLineAsync(cost.Describe(elapsed)).ConfigureAwait(false);
            await WriteStagesAsync(clock).ConfigureAwait(false);
            if (reports is not null)
            {
                await Report($"of which writing every report format and the resume journal into {folder}{(outDir is null ? " (removed after)" : "")}", writing).ConfigureAwait(false);
                await Report("of which the resume journal", journaling).ConfigureAwait(false);
                foreach (var failure in failures)
                {
                    await stderr.WriteLineAsync($"error: {failure}").ConfigureAwait(false);
                }
            }
        }
        catch (EngineException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }
        finally
        {
            if (outDir is null && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        using var process = Process.GetCurrentProcess();
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"peak memory (working set): {process.PeakWorkingSet64 / (1024.0 * 1024.0):F0} MB")).ConfigureAwait(false);
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"live managed heap at the end of the run (after a full collection, dictionaries still loaded): {live / (1024.0 * 1024.0):F0} MB")).ConfigureAwait(false);
        return ExitCodes.Passed;
    }

    /// <summary>The stages' share of the time, warm-up included; the stages under 1 % in one line.</summary>
    private async Task WriteStagesAsync(StageClock clock)
    {
        var stages = clock.Stages;
        var total = stages.Sum(s => s.Time.TotalSeconds);
        await stdout.WriteLineAsync("time in each stage (all threads, warm-up included):").ConfigureAwait(false);
        foreach (var (stage, time, allocated) in stages.Where(s => s.Time.TotalSeconds >= total / 100))
        {
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  {stage,-22} {time.TotalSeconds,7:F2} s {time.TotalSeconds / total,6:P0} {allocated / (1024.0 * 1024):F0} MB allocated")).ConfigureAwait(false);
        }

        var rest = stages.Where(s => s.Time.TotalSeconds < total / 100).ToList();
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  {rest.Count} more under 1 % each: {rest.Sum(s => s.Time.TotalSeconds):F2} s")).ConfigureAwait(false);
    }

    private Task Report(string what, TimeSpan elapsed) =>
        stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{what}: {elapsed.TotalSeconds:F2} s"));

    private static ArticleInput Input(Article article) => new(article.Id, article.TargetPath, article, null, []);

    /// <summary>A distinct variant: paragraphs rotated by <paramref name="round"/>, every number shifted, same in source and target.</summary>
    private static ArticleInput Vary(Article seed, int round, int index)
    {
        string Change(string text)
        {
            var paragraphs = text.Split('\n');
            var shift = paragraphs.Length == 0 ? 0 : round % paragraphs.Length;
            var rotated = string.Join('\n', paragraphs[shift..].Concat(paragraphs[..shift]));
            return Number().Replace(rotated, m => (long.Parse(m.Value, CultureInfo.InvariantCulture) + round).ToString(CultureInfo.InvariantCulture));
        }

        var id = string.Create(CultureInfo.InvariantCulture, $"{seed.Id}-{index:D5}");
        return Input(seed with { Id = id, Target = Change(seed.Target), Source = seed.Source is null ? null : Change(seed.Source) });
    }
}

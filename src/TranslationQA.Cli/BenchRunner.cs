using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using TranslationQA.Core.BackTranslation;
using TranslationQA.Core.Checks;
using TranslationQA.Core.Ingestion;
using TranslationQA.Core.Model;
using TranslationQA.Core.Pipeline;
using TranslationQA.Reporting;
using TranslationQA.Translation.Offline;

namespace TranslationQA.Cli;

/// <summary>
/// The rerunnable benchmark: varies the given articles into many distinct ones (paragraphs rotated, numbers changed),
/// loads the offline engine once, then times the pipeline alone and, on request, the report writers.
/// </summary>
internal sealed partial class BenchRunner(TextWriter stdout, TextWriter stderr, TimeProvider time)
{
    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();

    public async Task<int> RunAsync(string from, int count, bool writeReports, CancellationToken cancellationToken)
    {
        var seeds = new ArticleReader().Read(from).Where(i => i.Article is not null).Select(i => i.Article!).ToList();
        if (seeds.Count == 0 || count < 1)
        {
            await stderr.WriteLineAsync($"error: {from}: no readable article to vary (or --articles < 1)").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        var inputs = Enumerable.Range(0, count).Select(i => Vary(seeds[i % seeds.Count], i / seeds.Count, i)).ToList();
        try
        {
            var loadStart = time.GetTimestamp();
            var engine = await OfflineBackTranslator.LoadAsync(null, cancellationToken).ConfigureAwait(false);
            await Report("dictionary load", time.GetElapsedTime(loadStart)).ConfigureAwait(false);
            var pipeline = new QaPipeline(PipelineFactory.Components(engine, CheckCatalogue.CreateAll(new CheckOptions())));
            var warmStart = time.GetTimestamp();
            await pipeline.RunAsync([.. seeds.Select(Input)], QualityGate.Default, null, cancellationToken).ConfigureAwait(false);
            await Report($"warm-up ({seeds.Count} articles)", time.GetElapsedTime(warmStart)).ConfigureAwait(false);

            var runStart = time.GetTimestamp();
            var results = await pipeline.RunAsync(inputs, QualityGate.Default, null, cancellationToken).ConfigureAwait(false);
            var elapsed = time.GetElapsedTime(runStart);
            var words = results.Sum(r => r.WordCount);
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"checked {results.Count} articles ({words:N0} words, {results.Sum(r => r.Findings.Count):N0} findings) in {elapsed.TotalSeconds:F2} s: {results.Count / elapsed.TotalSeconds:F1} articles/s")).ConfigureAwait(false);

            if (writeReports)
            {
                var outDir = Path.Combine(Path.GetTempPath(), $"translationqa-bench-{Environment.ProcessId}");
                var report = new RunReport(results, CheckCatalogue.Rules, engine.Name, ToolInfo.Version, time.GetUtcNow(), elapsed, engine.Stats, QualityGate.Default);
                var writeStart = time.GetTimestamp();
                Directory.CreateDirectory(outDir);
                await new ReportSet(ReportWriters.All(time)).WriteAsync(report, outDir, cancellationToken).ConfigureAwait(false);
                await Report($"reports for {results.Count} articles written to {outDir}", time.GetElapsedTime(writeStart)).ConfigureAwait(false);
            }
        }
        catch (EngineException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        using var process = Process.GetCurrentProcess();
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"peak memory (working set): {process.PeakWorkingSet64 / (1024.0 * 1024.0):F0} MB")).ConfigureAwait(false);
        return ExitCodes.Passed;
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

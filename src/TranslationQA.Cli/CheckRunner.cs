using Humanizer;
using TranslationQA.Core.BackTranslation;
using TranslationQA.Core.Checks;
using TranslationQA.Core.Ingestion;
using TranslationQA.Core.Model;
using TranslationQA.Core.Pipeline;
using TranslationQA.Reporting;
using TranslationQA.Reporting.Html;

namespace TranslationQA.Cli;

/// <summary>Runs the check command: read, check, report, and decide the exit code. Never throws for user errors.</summary>
internal sealed class CheckRunner(TextWriter stdout, TextWriter stderr, TimeProvider time)
{
    public async Task<int> RunAsync(CheckSettings settings, CancellationToken cancellationToken)
    {
        var usageError = Validate(settings);
        if (usageError is not null)
        {
            await stderr.WriteLineAsync($"error: {usageError}").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        var started = time.GetTimestamp();
        var startedAt = time.GetUtcNow();
        var reader = new ArticleReader(settings.DefaultSourceLang);
        var inputs = settings.Paths.SelectMany(reader.Read).ToList();
        foreach (var input in inputs)
        {
            foreach (var warning in input.Warnings)
            {
                await stderr.WriteLineAsync($"warning: {warning}").ConfigureAwait(false);
            }

            if (input.Error is not null)
            {
                await stderr.WriteLineAsync($"error: {input.Error}").ConfigureAwait(false);
            }
        }

        IReadOnlyList<ICheck> checks;
        try
        {
            checks = CheckCatalogue.CreateAll(new CheckOptions(settings.EngineSettings.TrapsFile));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            await stderr.WriteLineAsync($"error: --traps {settings.EngineSettings.TrapsFile}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        IReadOnlyList<ArticleResult> results;
        EngineLease? lease = null;
        try
        {
            lease = await EngineFactory.CreateAsync(settings, cancellationToken).ConfigureAwait(false);
            var engine = lease.Engine;
            var pipeline = new QaPipeline(PipelineFactory.Components(engine, checks));
            var progress = settings.Quiet || inputs.Count <= 1 ? null : new ProgressReporter(stderr, time);
            results = await pipeline.RunAsync(inputs, settings.Gate, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (EngineException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }
        finally
        {
            lease?.Dispose();
        }

        var report = new RunReport(results, CheckCatalogue.Rules, lease.Engine.Name, ToolInfo.Version, startedAt,
            time.GetElapsedTime(started), lease.Engine.Stats, settings.Gate);
        var writers = settings.Formats.Select(f => ReportWriters.ByName(f, time)!);
        var failures = await new ReportSet(writers).WriteAsync(report, settings.OutputDirectory, cancellationToken)
            .ConfigureAwait(false);
        foreach (var failure in failures)
        {
            await stderr.WriteLineAsync($"error: {failure}").ConfigureAwait(false);
        }

        if (!settings.Quiet)
        {
            foreach (var line in TranslationQA.Reporting.Ci.ConsoleFormatter.Lines(report))
            {
                await stdout.WriteLineAsync(line).ConfigureAwait(false);
            }
        }

        await stdout.WriteLineAsync(Summary(report, settings)).ConfigureAwait(false);
        return ExitCode(results, failures.Count > 0);
    }

    private static string? Validate(CheckSettings settings)
    {
        if (File.Exists(settings.OutputDirectory))
        {
            return $"--out {settings.OutputDirectory}: is an existing file; name a folder for the reports";
        }

        var unknown = settings.Formats.Where(f => ReportWriters.Formats.All(n => n != f)).ToList();
        if (unknown.Count > 0 || settings.Formats.Count == 0)
        {
            return $"--format: unknown format '{string.Join(",", unknown)}'; choose from {string.Join(",", ReportWriters.Formats)}";
        }

        return settings.EngineSettings.MaxConcurrency < 1 ? "--max-concurrency must be at least 1" : null;
    }

    private static int ExitCode(IReadOnlyList<ArticleResult> results, bool writerFailed)
    {
        if (writerFailed || results.Any(r => r.Verdict == Verdict.Error))
        {
            return ExitCodes.Error;
        }

        return results.Any(r => r.Verdict == Verdict.Fail) ? ExitCodes.GateFailed : ExitCodes.Passed;
    }

    private static string Summary(RunReport report, CheckSettings settings)
    {
        var text = RunSummary.Sentence(report);
        var stats = report.Stats;
        if (stats.Requests > 0 || stats.CacheHits > 0)
        {
            text += $" Engine: {"request".ToQuantity(stats.Requests, "N0", RunSummary.Culture)}, " +
                    $"{RunSummary.Number(stats.CharactersSent)} characters sent, " +
                    $"{"retry".ToQuantity(stats.Retries, "N0", RunSummary.Culture)}, " +
                    $"{"cache hit".ToQuantity(stats.CacheHits, "N0", RunSummary.Culture)}.";
        }

        return settings.Formats.Contains("html")
            ? $"{text} Report: {Path.Combine(settings.OutputDirectory, "index.html")}"
            : text;
    }
}

using TranslationQA.Cli.Progress;
using TranslationQA.Core.BackTranslation;
using TranslationQA.Core.Checks;
using TranslationQA.Core.Ingestion;
using TranslationQA.Core.Pipeline;
using TranslationQA.Reporting;
using TranslationQA.Reporting.Html;
using TranslationQA.Reporting.Shards;

namespace TranslationQA.Cli;

/// <summary>
/// Runs the check command: read, check and report article by article (memory stays flat however many there are),
/// then decide the exit code. Never throws for user errors.
/// </summary>
internal sealed class CheckRunner(TextWriter stdout, TextWriter stderr, TimeProvider time, Func<long, IRunProgress>? progress = null)
{
    public async Task<int> RunAsync(CheckSettings settings, CancellationToken cancellationToken)
    {
        var usageError = Validate(settings, out var shard);
        if (usageError is not null)
        {
            await stderr.WriteLineAsync($"error: {usageError}").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        using var folder = TakeOutput(settings.OutputDirectory, out var refusal);
        if (folder is null)
        {
            await stderr.WriteLineAsync($"error: {refusal}").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        var started = time.GetTimestamp();
        var startedAt = time.GetUtcNow();
        var inputs = new RunInputs(settings.Paths, new ArticleReader(settings.DefaultSourceLang, settings.Limits), shard, stderr);
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

        EngineLease? lease = null;
        try
        {
            lease = await EngineFactory.CreateAsync(settings, cancellationToken).ConfigureAwait(false);
            var engine = lease.Engine;
            var pipeline = new QaPipeline(PipelineFactory.Components(engine, checks));
            // Counting lists the input once more (no article is read): for the progress display, a shard, and to say
            // how far a cancelled run got.
            var count = inputs.Count();
            var run = new RunStart(CheckCatalogue.Rules, engine.Name, ToolInfo.Version, startedAt, settings.Gate,
                shard is null ? null : new ShardRun(shard, count.All));
            var writers = settings.Formats.Select(f => ReportWriters.ByName(f, time)!);
            var output = new RunOutput(new ReportSet(writers).Open(run, settings.OutputDirectory), stdout, stderr, settings.Quiet, settings.Gate);
            await using (output.ConfigureAwait(false))
            {
                var display = settings.Quiet || count.Selected <= 1 ? NoProgress.Instance : (progress ?? DefaultProgress)(count.Selected);
                RunInterruption? interrupted = null;
                var engineFailureShown = false;
                try
                {
                    await display.RunAsync(count.Selected, async advance =>
                    {
                        await foreach (var result in pipeline.RunStreamingAsync(inputs.Read(), settings.Gate, cancellationToken).ConfigureAwait(false))
                        {
                            // Cancellation stops the pipeline from starting articles; one already checked is always
                            // written whole, to every format, so the reports agree.
                            await output.AddAsync(result, inputs.NextPosition(), CancellationToken.None).ConfigureAwait(false);
                            advance(1);
                            if (pipeline.EngineFailure is { } failure && !engineFailureShown)
                            {
                                engineFailureShown = true;
                                await stderr.WriteLineAsync($"error: {failure.TrimEnd('.')}. The articles not back-translated yet are reported as not checked.")
                                    .ConfigureAwait(false);
                            }
                        }

                        return 0;
                    }).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    Interruption.WritingReports();
                    interrupted = new RunInterruption(output.Totals.Articles, count.Selected);
                    await stderr.WriteLineAsync(
                        $"Cancelled after {interrupted.Checked:N0} of {interrupted.Total:N0} articles; writing the reports of those.").ConfigureAwait(false);
                }

                var index = settings.Formats.Contains("html") ? Path.Combine(settings.OutputDirectory, HtmlReportWriter.IndexFileName) : null;
                var code = await output.CompleteAsync(new RunEnd(time.GetElapsedTime(started), engine.Stats, interrupted), index, CancellationToken.None)
                    .ConfigureAwait(false);
                return interrupted is null ? code : ExitCodes.Interrupted;
            }
        }
        catch (EngineException e)
        {
            // The engine could not even start (a missing dictionary, a bad URL): there is nothing to report.
            await stderr.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }
        finally
        {
            lease?.Dispose();
        }
    }

    /// <summary>Locks the output folder for this run; null, with why, when it is in use or cannot be created.</summary>
    internal static OutputLock? TakeOutput(string outputDirectory, out string? refusal)
    {
        try
        {
            return OutputLock.TryTake(outputDirectory, out refusal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            refusal = $"--out {outputDirectory}: cannot be written ({e.Message})";
            return null;
        }
    }

    private IRunProgress DefaultProgress(long total) => new PlainProgress(stderr, time, PlainProgress.DefaultInterval);

    private static string? Validate(CheckSettings settings, out Shard? shard)
    {
        shard = null;
        if (File.Exists(settings.OutputDirectory))
        {
            return $"--out {settings.OutputDirectory}: is an existing file; name a folder for the reports";
        }

        var unknown = settings.Formats.Where(f => ReportWriters.Formats.All(n => n != f)).ToList();
        if (unknown.Count > 0 || settings.Formats.Count == 0)
        {
            return $"--format: unknown format '{string.Join(",", unknown)}'; choose from {string.Join(",", ReportWriters.Formats)}";
        }

        if (settings.Shard is { } text && (shard = Shard.Parse(text, out var shardError)) is null)
        {
            return shardError;
        }

        return settings.EngineSettings.MaxConcurrency < 1 ? "--max-concurrency must be at least 1" : null;
    }
}

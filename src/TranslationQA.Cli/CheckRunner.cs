using TranslationQA.Cli.Progress;
using TranslationQA.Core.BackTranslation;
using TranslationQA.Core.Checks;
using TranslationQA.Core.Checks.Terminology;
using TranslationQA.Core.Findings;
using TranslationQA.Core.Ingestion;
using TranslationQA.Core.Pipeline;
using TranslationQA.Reporting;
using TranslationQA.Reporting.Html;
using TranslationQA.Reporting.Resume;
using TranslationQA.Reporting.Review;
using TranslationQA.Reporting.Shards;

namespace TranslationQA.Cli;

/// <summary>
/// Runs the check command: read, check and report article by article (memory stays flat however many there are),
/// then decide the exit code. Never throws for user errors.
/// </summary>
/// <param name="stdout">Where findings and the summary go.</param>
/// <param name="stderr">Where errors, warnings and progress go.</param>
/// <param name="time">The clock.</param>
/// <param name="progress">The progress display for a number of articles; plain lines when null.</param>
/// <param name="standardInput">Opens standard input, read for the path <c>-</c>; the console's when null.</param>
internal sealed class CheckRunner(
    TextWriter stdout, TextWriter stderr, TimeProvider time, Func<long, IRunProgress>? progress = null, Func<Stream>? standardInput = null)
{
    public async Task<int> RunAsync(CheckSettings settings, CancellationToken cancellationToken)
    {
        var usageError = Validate(settings, out var shard);
        if (usageError is not null)
        {
            await stderr.WriteLineAsync($"error: {usageError}").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        Glossary? glossary;
        try
        {
            glossary = settings.Glossary is null ? null : Glossary.Load(settings.Glossary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            // A term base that cannot be read stops the run before any article: checking without it would pass
            // articles the user meant to hold to it.
            await stderr.WriteLineAsync(e is GlossaryFormatException ? $"error: --glossary {e.Message}" : $"error: --glossary {settings.Glossary}: {e.Message}")
                .ConfigureAwait(false);
            return ExitCodes.Error;
        }

        using var folder = OutputLock.TryTake(settings.OutputDirectory, out var refusal);
        if (folder is null)
        {
            await stderr.WriteLineAsync($"error: {refusal}").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        var reviewer = await ReviewInputs.OpenAsync(settings, shard, stderr, cancellationToken).ConfigureAwait(false);
        if (reviewer is null)
        {
            return ExitCodes.Error;
        }

        var started = time.GetTimestamp();
        var startedAt = time.GetUtcNow();
        IReadOnlyList<ICheck> checks;
        try
        {
            checks = CheckCatalogue.CreateAll(new CheckOptions(settings.EngineSettings.TrapsFile, settings.RuleChoices.Disabled, glossary,
                SpellingData.TryLoad(stderr)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            await stderr.WriteLineAsync($"error: --traps {settings.EngineSettings.TrapsFile}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        EngineLease? lease = null;
        ResumeIndex? resume = null;
        StandardInputCopy? stdin = null;
        try
        {
            if (settings.Paths.Contains(ArticleReader.StandardInputPath))
            {
                using var input = (standardInput ?? Console.OpenStandardInput)();
                stdin = await StandardInputCopy.CreateAsync(input, cancellationToken).ConfigureAwait(false);
            }

            lease = await EngineFactory.CreateAsync(settings, cancellationToken).ConfigureAwait(false);
            var engine = lease.Engine;
            var pipeline = new QaPipeline(PipelineFactory.Components(engine, checks,
                SeverityPolicy.Measured.Overriding(settings.RuleChoices.Severities)));
            var journalSettings = JournalSettings.Of(ToolInfo.Build, engine.Name, settings.Gate, settings.EngineSettings.TrapsFile, settings.Glossary)
                with { Rules = settings.RuleChoices.Describe() };
            if (settings.Resume)
            {
                string? reason;
                try
                {
                    resume = ResumeIndex.Open(settings.OutputDirectory, journalSettings, out reason);
                }
                catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
                {
                    // Checking everything instead would silently redo what the journal holds; the message says how to.
                    await stderr.WriteLineAsync($"error: --resume: {e.Message}").ConfigureAwait(false);
                    return ExitCodes.Error;
                }

                if (reason is not null)
                {
                    await stderr.WriteLineAsync($"Not resuming: {reason}; checking every article.").ConfigureAwait(false);
                }
            }

            var inputs = new RunInputs(settings.Paths, new ArticleReader(settings.DefaultSourceLang, settings.Limits, stdin?.Path), shard, stderr, resume);
            // Counting lists the input once more (no article is read, unless resuming): for the progress display, a
            // shard, to say how far a cancelled run got and how much a resumed run has left.
            var count = inputs.Count();
            if (resume is not null)
            {
                await stderr.WriteLineAsync(
                    $"Resuming: {count.Kept:N0} articles kept from the interrupted run, {count.Selected - count.Kept:N0} to check.").ConfigureAwait(false);
            }

            var run = new RunStart(settings.RuleChoices.Apply(CheckCatalogue.Rules), engine.Name, ToolInfo.Version, startedAt, settings.Gate,
                shard is null ? null : new ShardRun(shard, count.All));
            var writers = settings.Formats.Select(f => ReportWriters.ByName(f, time)!);
            var reports = new ReportSet(writers).Open(run, settings.OutputDirectory);
            var output = new RunOutput(reports, stdout, stderr, settings.Quiet, settings.Gate,
                await OpenJournalAsync(settings.OutputDirectory, journalSettings, resume).ConfigureAwait(false));
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
                            var (position, kept) = inputs.Next();
                            await output.AddAsync(reviewer.Apply(result, settings.Gate), position, kept, CancellationToken.None).ConfigureAwait(false);
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
                // Stale suppressions and absent findings are known only of a run that saw every article.
                var review = interrupted is null ? await OutcomeAsync(reviewer).ConfigureAwait(false) : null;
                var code = await output.CompleteAsync(new RunEnd(time.GetElapsedTime(started), engine.Stats, interrupted, review), index, CancellationToken.None)
                    .ConfigureAwait(false);
                return interrupted is null ? code : ExitCodes.Interrupted;
            }
        }
        catch (EngineException e)
        {
            // The engine could not even start (a missing dictionary, a bad URL): there is nothing to report. A journal
            // of an earlier run stays, so a resumed run does not check again what was checked before.
            await stderr.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }
        catch (IOException e) when (stdin is null && settings.Paths.Contains(ArticleReader.StandardInputPath))
        {
            await stderr.WriteLineAsync($"error: -: standard input cannot be copied to a temporary file ({e.Message})").ConfigureAwait(false);
            return ExitCodes.Error;
        }
        finally
        {
            stdin?.Dispose();
            resume?.Dispose();
            lease?.Dispose();
        }
    }

    /// <summary>
    /// The journal of this run: the one a resumed run continues, else a new one. A journal that cannot be written
    /// costs only the chance to resume, so the run goes on without it.
    /// </summary>
    private async Task<ResumeJournal?> OpenJournalAsync(string outputDirectory, JournalSettings journalSettings, ResumeIndex? resume)
    {
        try
        {
            return resume is null ? ResumeJournal.Start(outputDirectory, journalSettings) : ResumeJournal.Continue(resume);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"warning: {Path.Combine(outputDirectory, ResumeJournal.FileName)}: {e.Message}; this run cannot be resumed")
                .ConfigureAwait(false);
            return null;
        }
    }

    private async Task<ReviewOutcome?> OutcomeAsync(FindingReviewer reviewer)
    {
        try
        {
            return await reviewer.OutcomeAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (InvalidDataException e)
        {
            // The baseline went or changed during the run: the findings are marked; only the list of those gone is lost.
            await stderr.WriteLineAsync($"warning: --baseline {e.Message}; the findings gone since are not listed").ConfigureAwait(false);
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

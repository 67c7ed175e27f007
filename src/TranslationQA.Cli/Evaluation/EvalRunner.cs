using System.Text.Json;
using TranslationQA.Core.BackTranslation;
using TranslationQA.Core.Checks;
using TranslationQA.Core.Evaluation;
using TranslationQA.Core.Findings;
using TranslationQA.Core.Model;
using TranslationQA.Core.Pipeline;
using TranslationQA.Cli.Progress;

namespace TranslationQA.Cli;

/// <summary>Runs <c>eval</c>: reads the labelled sets, checks their articles, measures, writes eval.json and eval.md.</summary>
internal sealed class EvalRunner(TextWriter stdout, TextWriter stderr, TimeProvider time)
{
    public async Task<int> RunAsync(EvalSettings settings, CancellationToken cancellationToken)
    {
        List<LabelledSet> sets;
        try
        {
            sets = [.. settings.Sets.Select(LabelledSetReader.Read)];
        }
        catch (GoldFormatException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        if (File.Exists(settings.OutputDirectory))
        {
            await stderr.WriteLineAsync($"error: --out {settings.OutputDirectory}: is an existing file; name a folder").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        IReadOnlyList<ICheck> checks;
        try
        {
            checks = CheckCatalogue.CreateAll(new CheckOptions(settings.TrapsFile, Spelling: SpellingData.TryLoad(stderr)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            await stderr.WriteLineAsync($"error: --traps {settings.TrapsFile}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        var evaluations = new List<SetEvaluation>();
        var check = new CheckSettings([], settings.OutputDirectory, [], settings.Engine, QualityGate.Default, "en",
            new EngineSettings(null, null, null, false, 4, settings.TrapsFile), settings.Quiet);
        try
        {
            using var lease = await EngineFactory.CreateAsync(check, cancellationToken).ConfigureAwait(false);
            var policy = settings.AsProposed ? SeverityPolicy.AsProposed : SeverityPolicy.Measured;
            var pipeline = new QaPipeline(PipelineFactory.Components(lease.Engine, checks, policy));
            foreach (var set in sets)
            {
                IRunProgress progress = settings.Quiet ? NoProgress.Instance : new PlainProgress(stderr, time, PlainProgress.DefaultInterval);
                var evaluation = await progress.RunAsync(set.Articles.Count, async done =>
                {
                    // Results stream in input order; each is measured as it comes and then dropped.
                    var evaluator = new SetEvaluator(set);
                    var next = 0;
                    await foreach (var result in pipeline.RunStreamingAsync(set.Articles.Select(a => a.Input), QualityGate.Default, cancellationToken)
                        .ConfigureAwait(false))
                    {
                        evaluator.Add(set.Articles[next++], result);
                        done(1);
                    }

                    return evaluator.Result();
                }).ConfigureAwait(false);
                evaluations.Add(evaluation);
            }
        }
        catch (EngineException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        var report = new EvalReport("TranslationQA", ToolInfo.Version, settings.Engine, settings.AsProposed ? "as proposed" : "calibrated",
            time.GetUtcNow(), evaluations);
        Directory.CreateDirectory(settings.OutputDirectory);
        await File.WriteAllBytesAsync(Path.Combine(settings.OutputDirectory, "eval.json"),
            JsonSerializer.SerializeToUtf8Bytes(report, EvalJsonContext.Default.EvalReport), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(settings.OutputDirectory, "eval.md"), EvalMarkdown.Write(report), cancellationToken)
            .ConfigureAwait(false);
        if (settings.CalibrationFile is { } file)
        {
            var table = CalibrationBuilder.Build(evaluations);
            await File.WriteAllTextAsync(file, table.ToTsv(CalibrationComment(settings)), cancellationToken).ConfigureAwait(false);
        }

        await stdout.WriteAsync(EvalMarkdown.Summary(report)).ConfigureAwait(false);
        return ExitCodes.Passed;
    }

    private static IEnumerable<string> CalibrationComment(EvalSettings settings) =>
    [
        "Measured precision of every evidence class and rule: lines flagged at any severity, and how many of those an expert",
        "labelled bad (a major or critical error). Split sets: the tuning half decides severities, the test half only reports;",
        "our own fixtures are in-sample and measured whole. SeverityPolicy reads the evidence rows (thresholds in its source).",
        $"Made by: translationqa eval {string.Join(' ', settings.Sets)} --engine {settings.Engine} --write-calibration <this file>",
    ];
}

using TranslationQA.Reporting;
using TranslationQA.Reporting.Html;
using TranslationQA.Reporting.Shards;

namespace TranslationQA.Cli;

/// <summary>
/// Runs the merge command: reads the report.json of every shard of a run and writes the reports a single run
/// would have written (same articles, findings, verdicts and totals; timings are the shards'), with its exit code.
/// </summary>
internal sealed class MergeRunner(TextWriter stdout, TextWriter stderr, TimeProvider time)
{
    public async Task<int> RunAsync(MergeSettings settings, CancellationToken cancellationToken)
    {
        if (File.Exists(settings.OutputDirectory))
        {
            await stderr.WriteLineAsync($"error: --out {settings.OutputDirectory}: is an existing file; name a folder for the reports").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        var unknown = settings.Formats.Where(f => ReportWriters.Formats.All(n => n != f)).ToList();
        if (unknown.Count > 0 || settings.Formats.Count == 0)
        {
            await stderr.WriteLineAsync($"error: --format: unknown format '{string.Join(",", unknown)}'; choose from {string.Join(",", ReportWriters.Formats)}")
                .ConfigureAwait(false);
            return ExitCodes.Error;
        }

        using var folder = OutputLock.TryTake(settings.OutputDirectory, out var refusal);
        if (folder is null)
        {
            await stderr.WriteLineAsync($"error: {refusal}").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        try
        {
            var merge = await ShardMerge.OpenAsync(settings.Reports, cancellationToken).ConfigureAwait(false);
            await using (merge.ConfigureAwait(false))
            {
                var writers = settings.Formats.Select(f => ReportWriters.ByName(f, time)!);
                var output = new RunOutput(new ReportSet(writers).Open(merge.Run, settings.OutputDirectory), stdout, stderr, settings.Quiet, merge.Run.Gate);
                await using (output.ConfigureAwait(false))
                {
                    await foreach (var (result, position) in merge.ArticlesAsync(cancellationToken).ConfigureAwait(false))
                    {
                        await output.AddAsync(result, position, kept: false, cancellationToken).ConfigureAwait(false);
                    }

                    var index = settings.Formats.Contains("html") ? Path.Combine(settings.OutputDirectory, HtmlReportWriter.IndexFileName) : null;
                    return await output.CompleteAsync(merge.End, index, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (ShardMergeException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }
    }
}

/// <summary>What one <c>merge</c> run was asked to do.</summary>
internal sealed record MergeSettings(IReadOnlyList<string> Reports, string OutputDirectory, IReadOnlyList<string> Formats, bool Quiet);

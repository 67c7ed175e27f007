using TranslationQA.Core.Model;
using TranslationQA.Reporting.Review;
using TranslationQA.Reporting.Shards;

namespace TranslationQA.Cli;

/// <summary>
/// The reviewers' decisions (<c>--suppressions</c>, else <c>translationqa.suppressions.json</c> in the working
/// directory when present) and the baseline (<c>--baseline</c>) of a check run, read before any article is checked.
/// </summary>
internal static class ReviewInputs
{
    /// <summary>The reviewer of the run, or null after printing why the inputs cannot be used (exit 2).</summary>
    public static async Task<FindingReviewer?> OpenAsync(CheckSettings settings, Shard? shard, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (settings.Gate.Scope == GateScope.New && settings.BaselineFile is null)
        {
            await stderr.WriteLineAsync("error: --gate new: needs --baseline <report.json of an earlier run> to know what is new").ConfigureAwait(false);
            return null;
        }

        var suppressionsFile = settings.SuppressionsFile
            ?? (File.Exists(SuppressionFile.DefaultFileName) ? SuppressionFile.DefaultFileName : null);
        SuppressionFile? suppressions = null;
        Baseline? baseline = null;
        var option = "--suppressions";
        try
        {
            suppressions = suppressionsFile is null ? null : SuppressionFile.Read(suppressionsFile);
            option = "--baseline";
            if (settings.BaselineFile is { } path)
            {
                // A shard compares only its own articles, so that the baseline's other articles are not reported gone.
                baseline = await Baseline.ReadAsync(path, id => shard?.Contains(id) ?? true, cancellationToken).ConfigureAwait(false);
                if (baseline.Header.Interrupted is { } stop)
                {
                    await stderr.WriteLineAsync($"warning: --baseline {path}: that run was cancelled after {stop.CheckedArticles:N0} of "
                        + $"{stop.TotalArticles:N0} articles; the findings of the articles it did not check count as new").ConfigureAwait(false);
                }
            }
        }
        catch (InvalidDataException e)
        {
            await stderr.WriteLineAsync($"error: {option} {e.Message}").ConfigureAwait(false);
            return null;
        }

        return new FindingReviewer(suppressions, baseline);
    }
}

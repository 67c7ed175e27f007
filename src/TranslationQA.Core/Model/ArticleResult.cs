namespace TranslationQA.Core.Model;

/// <summary>Pass or fail at the quality gate; Error when the article could not be checked.</summary>
public enum Verdict
{
    /// <summary>No finding at or above the gate and score within the limit.</summary>
    Pass,
    /// <summary>At least one finding at or above the gate, or the score over the limit.</summary>
    Fail,
    /// <summary>The article could not be read or checked.</summary>
    Error,
}

/// <summary>The outcome for one article: the analysis, its findings, score and verdict, or the error that stopped it.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Path">The file or folder the article came from.</param>
/// <param name="Analysis">The analysis, null when the article could not be read.</param>
/// <param name="Findings">Findings ordered by position.</param>
/// <param name="WordCount">Words in the target text (for the per-1,000-word score).</param>
/// <param name="Score">MQM penalty per 1,000 target words.</param>
/// <param name="Verdict">Pass, fail or error.</param>
/// <param name="Error">What went wrong when <see cref="Verdict"/> is Error.</param>
public sealed record ArticleResult(
    string Id,
    string Path,
    ArticleAnalysis? Analysis,
    IReadOnlyList<Finding> Findings,
    int WordCount,
    double Score,
    Verdict Verdict,
    string? Error = null)
{
    /// <summary>An article that could not be checked.</summary>
    public static ArticleResult Failed(string id, string path, string error) =>
        new(id, path, null, [], 0, 0, Verdict.Error, error);
}

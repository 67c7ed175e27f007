namespace TranslationQA.Core.Ingestion;

/// <summary>
/// What a run may read, for input that others submit: no article file or JSONL line above
/// <paramref name="MaxArticleBytes"/>, and no symbolic link out of a folder given as input unless
/// <paramref name="FollowSymlinks"/>.
/// </summary>
public sealed record InputLimits(long MaxArticleBytes, bool FollowSymlinks = false)
{
    /// <summary>10 MB: a long news article is 50 KB; a file a hundred times larger is not an article.</summary>
    public const long DefaultMaxArticleBytes = 10_000_000;

    /// <summary>The limits of a run that sets none.</summary>
    public static InputLimits Default { get; } = new(DefaultMaxArticleBytes);

    /// <summary>Why a file or line of <paramref name="bytes"/> bytes is refused.</summary>
    internal string TooLarge(string what, long bytes) =>
        $"{what} is {bytes:N0} bytes, above the article size limit of {MaxArticleBytes:N0} bytes; " +
        "raise --max-article-size if it really is one article";
}

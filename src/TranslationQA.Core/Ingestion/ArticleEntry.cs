namespace TranslationQA.Core.Ingestion;

/// <summary>
/// An article found under a path and read only when asked, so listing a folder of 50,000 articles reads no article
/// file and a run can pick a subset (a shard) by id before reading anything.
/// </summary>
public sealed class ArticleEntry
{
    private readonly Func<ArticleInput> _read;

    /// <summary>An entry whose article <paramref name="read"/> reads.</summary>
    public ArticleEntry(string id, string path, Func<ArticleInput> read)
    {
        Id = id;
        Path = path;
        _read = read;
    }

    /// <summary>An entry for an input already read (a JSONL line, or an error found while listing).</summary>
    public ArticleEntry(ArticleInput input)
        : this(input.Id, input.Path, () => input)
    {
    }

    /// <summary>Article id: the folder name or the <c>id</c> of a JSONL line.</summary>
    public string Id { get; }

    /// <summary>The folder or <c>file:line</c> the article comes from.</summary>
    public string Path { get; }

    /// <summary>Reads the article; broken articles come back as errors, never as exceptions.</summary>
    public ArticleInput Read() => _read();
}

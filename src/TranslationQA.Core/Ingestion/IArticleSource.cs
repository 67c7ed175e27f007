namespace TranslationQA.Core.Ingestion;

/// <summary>Reads articles from a path: an article folder, a folder of article folders, or a JSONL file.</summary>
public interface IArticleSource
{
    /// <summary>Reads every article under <paramref name="path"/>. Broken articles come back as errors, never as exceptions.</summary>
    IReadOnlyList<ArticleInput> Read(string path);

    /// <summary>
    /// Lists the articles under <paramref name="path"/> lazily, in the order <see cref="Read"/> returns them: folders are
    /// listed and read one by one when asked, JSONL files are read line by line.
    /// </summary>
    IEnumerable<ArticleEntry> Entries(string path);
}

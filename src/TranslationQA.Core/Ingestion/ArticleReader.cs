namespace TranslationQA.Core.Ingestion;

/// <summary>
/// Reads articles from a path: a folder holding <c>target.&lt;lang&gt;.txt</c> (and optionally <c>source.&lt;lang&gt;.txt</c>),
/// a folder of such folders (one article each, in id order), or a <c>.jsonl</c> file with one article per line.
/// </summary>
/// <param name="defaultSourceLang">The back-translation language of target-only folder articles.</param>
public sealed class ArticleReader(string defaultSourceLang = "en") : IArticleSource
{
    /// <inheritdoc />
    public IReadOnlyList<ArticleInput> Read(string path)
    {
        if (File.Exists(path))
        {
            return path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)
                ? JsonLinesArticleReader.Read(path)
                : [Error(Path.GetFileNameWithoutExtension(path), path,
                    $"{path}: not an article; pass a .jsonl file or a folder holding target.de.txt")];
        }

        if (!Directory.Exists(path))
        {
            return [Error(Path.GetFileName(Path.TrimEndingDirectorySeparator(path)), path, $"{path}: no such file or folder")];
        }

        if (FolderArticleReader.IsArticleFolder(path))
        {
            return [FolderArticleReader.Read(path, defaultSourceLang)];
        }

        var children = Directory.GetDirectories(path)
            .Where(FolderArticleReader.IsArticleFolder)
            .Order(StringComparer.Ordinal)
            .Select(dir => FolderArticleReader.Read(dir, defaultSourceLang))
            .ToList();
        var jsonl = Directory.GetFiles(path, "*.jsonl").Order(StringComparer.Ordinal).SelectMany(JsonLinesArticleReader.Read);
        children.AddRange(jsonl);
        return children.Count > 0
            ? children
            : [Error(Path.GetFileName(Path.TrimEndingDirectorySeparator(path)), path,
                $"{path}: holds no article; expected target.de.txt in it or in its sub-folders, or .jsonl files")];
    }

    internal static ArticleInput Error(string id, string path, string message) => new(id, path, null, message, []);
}

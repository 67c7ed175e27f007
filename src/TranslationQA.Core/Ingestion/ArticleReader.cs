namespace TranslationQA.Core.Ingestion;

/// <summary>
/// Reads articles from a path: a folder holding <c>target.&lt;lang&gt;.txt</c> (and optionally <c>source.&lt;lang&gt;.txt</c>),
/// a folder of such folders (one article each, in id order), or a <c>.jsonl</c> file with one article per line.
/// </summary>
/// <param name="defaultSourceLang">The back-translation language of target-only folder articles.</param>
public sealed class ArticleReader(string defaultSourceLang = "en") : IArticleSource
{
    /// <inheritdoc />
    public IReadOnlyList<ArticleInput> Read(string path) => [.. Entries(path).Select(e => e.Read())];

    /// <inheritdoc />
    public IEnumerable<ArticleEntry> Entries(string path)
    {
        if (File.Exists(path))
        {
            return path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)
                ? JsonLinesArticleReader.Read(path).Select(i => new ArticleEntry(i))
                : [ErrorEntry(Path.GetFileNameWithoutExtension(path), path,
                    $"{path}: not an article; pass a .jsonl file or a folder holding target.de.txt")];
        }

        if (!Directory.Exists(path))
        {
            return [ErrorEntry(Path.GetFileName(Path.TrimEndingDirectorySeparator(path)), path, $"{path}: no such file or folder")];
        }

        return FolderArticleReader.IsArticleFolder(path) ? [Folder(path)] : Children(path);
    }

    private IEnumerable<ArticleEntry> Children(string path)
    {
        var any = false;
        // Only the folder names are held (sorted, so ids come in order); each article is read when its turn comes.
        var folders = Directory.EnumerateDirectories(path).Where(FolderArticleReader.IsArticleFolder).Order(StringComparer.Ordinal);
        foreach (var dir in folders)
        {
            any = true;
            yield return Folder(dir);
        }

        foreach (var file in Directory.GetFiles(path, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var input in JsonLinesArticleReader.Read(file))
            {
                any = true;
                yield return new ArticleEntry(input);
            }
        }

        if (!any)
        {
            yield return ErrorEntry(Path.GetFileName(Path.TrimEndingDirectorySeparator(path)), path,
                $"{path}: holds no article; expected target.de.txt in it or in its sub-folders, or .jsonl files");
        }
    }

    private ArticleEntry Folder(string dir) =>
        new(Path.GetFileName(Path.TrimEndingDirectorySeparator(dir)), dir, () => FolderArticleReader.Read(dir, defaultSourceLang));

    private static ArticleEntry ErrorEntry(string id, string path, string message) => new(Error(id, path, message));

    internal static ArticleInput Error(string id, string path, string message) => new(id, path, null, message, []);
}

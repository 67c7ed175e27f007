using TranslationQA.Core.Ingestion.Xliff;

namespace TranslationQA.Core.Ingestion;

/// <summary>
/// Reads articles from a path: a folder holding <c>target.&lt;lang&gt;.txt</c> (and optionally <c>source.&lt;lang&gt;.txt</c>),
/// a folder of such folders (one article each, in id order), a <c>.jsonl</c> file with one article per line, or an
/// XLIFF file (<c>.xlf</c>, <c>.xliff</c>) with one article per <c>&lt;file&gt;</c> element.
/// </summary>
/// <param name="defaultSourceLang">The back-translation language of target-only folder articles.</param>
/// <param name="limits">What may be read (article size, links out of a folder); <see cref="InputLimits.Default"/> when null.</param>
/// <param name="standardInputCopy">
/// A file holding what was read from standard input, read as JSONL for the path <see cref="StandardInputPath"/> and
/// named <see cref="ArticleLocation.StandardInput"/>; null when standard input is not an input.
/// </param>
public sealed class ArticleReader(string defaultSourceLang = "en", InputLimits? limits = null, string? standardInputCopy = null) : IArticleSource
{
    /// <summary>The path that stands for standard input (<c>check -</c>).</summary>
    public const string StandardInputPath = "-";

    private readonly InputLimits _limits = limits ?? InputLimits.Default;

    /// <inheritdoc />
    public IReadOnlyList<ArticleInput> Read(string path) => [.. Entries(path).Select(e => e.Read())];

    /// <inheritdoc />
    public IEnumerable<ArticleEntry> Entries(string path)
    {
        if (path == StandardInputPath)
        {
            return standardInputCopy is null
                ? [ErrorEntry(ArticleLocation.StandardInput, ArticleLocation.StandardInput, $"{ArticleLocation.StandardInput}: standard input is not read here")]
                : JsonLinesArticleReader.Read(standardInputCopy, _limits, ArticleLocation.StandardInput).Select(i => new ArticleEntry(i));
        }

        // The path itself was given by the user: a link is followed, but it must still name a regular file or a folder.
        var kind = FileKinds.Of(path);
        if (kind == FileKind.Missing)
        {
            return [ErrorEntry(Path.GetFileName(Path.TrimEndingDirectorySeparator(path)), path, $"{path}: no such file or folder")];
        }

        if (kind != FileKind.Directory)
        {
            var id = Path.GetFileNameWithoutExtension(path);
            if (!IsArticleFile(path))
            {
                return [ErrorEntry(id, path, $"{path}: not an article; pass a .jsonl or .xlf/.xliff file or a folder holding target.de.txt")];
            }

            return InputBoundary.Expect(path, kind, folder: false) is { } refusal
                ? [ErrorEntry(id, path, refusal)]
                : ReadFile(path);
        }

        var boundary = new InputBoundary(path, _limits);
        return FolderArticleReader.IsArticleFolder(path) ? [Folder(path, boundary)] : Children(path, boundary);
    }

    private IEnumerable<ArticleEntry> Children(string path, InputBoundary boundary)
    {
        var any = false;
        // Only the folder names are held (sorted, so ids come in order); each article is read when its turn comes.
        foreach (var dir in Directory.EnumerateDirectories(path).Order(StringComparer.Ordinal))
        {
            // A folder that may not be entered is reported, not listed: a link out of the input reads nothing there.
            if (boundary.Refusal(dir, folder: true) is { } refusal)
            {
                any = true;
                yield return ErrorEntry(Path.GetFileName(dir), dir, refusal);
            }
            else if (FolderArticleReader.IsArticleFolder(dir))
            {
                any = true;
                yield return Folder(dir, boundary);
            }
        }

        foreach (var file in Directory.EnumerateFiles(path).Where(IsArticleFile).Order(StringComparer.Ordinal))
        {
            any = true;
            if (boundary.Refusal(file, folder: false) is { } refusal)
            {
                yield return ErrorEntry(Path.GetFileNameWithoutExtension(file), file, refusal);
                continue;
            }

            foreach (var entry in ReadFile(file))
            {
                yield return entry;
            }
        }

        if (!any)
        {
            yield return ErrorEntry(Path.GetFileName(Path.TrimEndingDirectorySeparator(path)), path,
                $"{path}: holds no article; expected target.de.txt in it or in its sub-folders, or .jsonl or .xlf/.xliff files");
        }
    }

    private static bool IsArticleFile(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || XliffArticleReader.IsXliff(path);

    /// <summary>
    /// The articles of a JSONL file, read line by line as they are asked for, or of an XLIFF file, read when its first
    /// article is asked for (a document is parsed whole, within the article size limit).
    /// </summary>
    private IEnumerable<ArticleEntry> ReadFile(string file) =>
        XliffArticleReader.IsXliff(file)
            ? XliffEntries(file)
            : JsonLinesArticleReader.Read(file, _limits).Select(i => new ArticleEntry(i));

    private IEnumerable<ArticleEntry> XliffEntries(string file)
    {
        foreach (var input in XliffArticleReader.Read(file, _limits))
        {
            yield return new ArticleEntry(input);
        }
    }

    private ArticleEntry Folder(string dir, InputBoundary boundary) =>
        new(Path.GetFileName(Path.TrimEndingDirectorySeparator(dir)), dir, () => FolderArticleReader.Read(dir, defaultSourceLang, boundary));

    private static ArticleEntry ErrorEntry(string id, string path, string message) => new(Error(id, path, message));

    internal static ArticleInput Error(string id, string path, string message) => new(id, path, null, message, []);
}

using TranslationQA.Core.Ingestion;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Ci;

/// <summary>The file a finding points at, as CI tools want it: relative to the checkout, forward slashes.</summary>
public static class ArtifactPath
{
    /// <summary>The SARIF <c>uriBaseId</c> of every relative artifact URI: the working folder of the run.</summary>
    public const string BaseId = "SRCROOT";

    /// <summary>The article's target file (or its path when it could not be read); <c>file:line</c> for a line of a file.</summary>
    public static string FileOf(ArticleResult article) => article.Analysis?.Article.TargetPath ?? article.Path;

    /// <summary>The file the article is in, and its line there when the file holds many articles.</summary>
    public static ArticleLocation LocationOf(ArticleResult article) => ArticleLocation.Parse(FileOf(article));

    /// <summary>
    /// The article's file relative to <paramref name="baseDirectory"/> with '/' (standard input as
    /// <see cref="ArticleLocation.StandardInput"/>), and its line in that file when it holds many articles.
    /// </summary>
    public static (string File, int? Line) Of(ArticleResult article, string baseDirectory)
    {
        var location = LocationOf(article);
        return (location.File == ArticleLocation.StandardInput ? location.File : Relative(location.File, baseDirectory), location.Line);
    }

    /// <summary>
    /// <paramref name="path"/> relative to <paramref name="baseDirectory"/> with '/' separators; a path outside the
    /// base stays absolute.
    /// </summary>
    public static string Relative(string path, string baseDirectory)
    {
        if (Path.IsPathRooted(path))
        {
            var relative = Path.GetRelativePath(baseDirectory, path);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            {
                path = relative;
            }
        }

        return path.Replace('\\', '/');
    }

    /// <summary>
    /// A SARIF artifact URI: a relative reference with each segment escaped (to be read against <see cref="BaseId"/>),
    /// or a file: URI when the file is outside the base; null for standard input, which has none.
    /// </summary>
    public static (string? Uri, bool UnderBase) Uri(string file, string baseDirectory)
    {
        if (file == ArticleLocation.StandardInput)
        {
            return (null, false);
        }

        var relative = Relative(file, baseDirectory);
        return Path.IsPathRooted(relative)
            ? (new System.Uri(relative).AbsoluteUri, false)
            : (string.Join('/', relative.Split('/').Select(System.Uri.EscapeDataString)), true);
    }

    /// <summary><paramref name="baseDirectory"/> as the absolute file: URI SARIF's <c>originalUriBaseIds</c> give, ending in '/'.</summary>
    public static string BaseUri(string baseDirectory) =>
        new System.Uri(Path.TrimEndingDirectorySeparator(Path.GetFullPath(baseDirectory)) + Path.DirectorySeparatorChar).AbsoluteUri;
}

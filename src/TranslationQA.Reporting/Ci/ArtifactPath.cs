using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Ci;

/// <summary>The file a finding points at, as CI tools want it: relative to the checkout, forward slashes.</summary>
public static class ArtifactPath
{
    /// <summary>The article's target file (or its path when it could not be read).</summary>
    public static string FileOf(ArticleResult article) => article.Analysis?.Article.TargetPath ?? article.Path;

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

    /// <summary>A SARIF artifact URI: a relative reference with each segment escaped, or a file: URI when absolute.</summary>
    public static string Uri(string path, string baseDirectory)
    {
        var relative = Relative(path, baseDirectory);
        return Path.IsPathRooted(relative)
            ? new System.Uri(relative).AbsoluteUri
            : string.Join('/', relative.Split('/').Select(System.Uri.EscapeDataString));
    }
}

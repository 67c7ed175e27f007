using System.Globalization;

namespace TranslationQA.Core.Ingestion;

/// <summary>
/// Where an article is: a file or folder of its own, or a line of a file holding many articles (a JSONL line, standard
/// input). Its text form is the article's path in every report, <c>file:line</c> for a line of a file.
/// </summary>
/// <param name="File">The file or folder (for standard input, <see cref="StandardInput"/>).</param>
/// <param name="Line">The 1-based line of <paramref name="File"/> the article is on, null when the file is the article's own.</param>
public readonly record struct ArticleLocation(string File, int? Line)
{
    /// <summary>How articles read from standard input (<c>check -</c>) name their file.</summary>
    public const string StandardInput = "<stdin>";

    /// <summary>The extensions of files that hold many articles, one a line.</summary>
    private static readonly string[] MultiArticleExtensions = [".jsonl"];

    /// <summary>True for an article on a line of a file of many (its findings' lines and columns are in its target text).</summary>
    public bool IsLineOfFile => Line is not null;

    /// <summary>Reads a path as <see cref="ToString"/> writes it.</summary>
    public static ArticleLocation Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var colon = path.LastIndexOf(':');
        if (colon > 0 && colon < path.Length - 1 && path.AsSpan(colon + 1).ContainsAnyExceptInRange('0', '9') is false
            && int.TryParse(path.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var line))
        {
            var file = path[..colon];
            if (file == StandardInput || MultiArticleExtensions.Any(e => file.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                return new ArticleLocation(file, line);
            }
        }

        return new ArticleLocation(path, null);
    }

    /// <summary><c>file:line</c> for a line of a file, else the file.</summary>
    public override string ToString() => Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"{File}:{line}") : File;
}

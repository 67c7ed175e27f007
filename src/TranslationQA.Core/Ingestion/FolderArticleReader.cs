using System.Text.RegularExpressions;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Ingestion;

/// <summary>Reads one article folder: <c>target.&lt;lang&gt;.txt</c> and optionally <c>source.&lt;lang&gt;.txt</c>.</summary>
internal static partial class FolderArticleReader
{
    [GeneratedRegex(@"^(source|target)\.([^.]+)\.txt$", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleFileName();

    /// <summary>True when the folder holds a source or target file of an article.</summary>
    public static bool IsArticleFolder(string dir) =>
        Directory.EnumerateFiles(dir).Any(f => ArticleFileName().IsMatch(Path.GetFileName(f)));

    /// <summary>Reads the article in <paramref name="dir"/>, a folder <paramref name="boundary"/> has allowed.</summary>
    public static ArticleInput Read(string dir, string defaultSourceLang, InputBoundary boundary)
    {
        var id = Path.GetFileName(Path.TrimEndingDirectorySeparator(dir));
        var files = Directory.GetFiles(dir)
            .Select(f => (Path: f, Match: ArticleFileName().Match(Path.GetFileName(f))))
            .Where(f => f.Match.Success)
            .Select(f => (f.Path, Role: f.Match.Groups[1].Value.ToLowerInvariant(), Lang: f.Match.Groups[2].Value))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        var targets = files.Where(f => f.Role == "target").ToList();
        var sources = files.Where(f => f.Role == "source").ToList();

        if (targets.Count == 0)
        {
            return ArticleReader.Error(id, dir, $"{sources[0].Path}: source without a target; add target.de.txt beside it");
        }

        if (targets.Count > 1 || sources.Count > 1)
        {
            var many = targets.Count > 1 ? targets : sources;
            return ArticleReader.Error(id, dir,
                $"{dir}: more than one {many[0].Role} file ({string.Join(", ", many.Select(f => Path.GetFileName(f.Path)))}); keep one");
        }

        if (files.Select(f => boundary.Refusal(f.Path, folder: false)).FirstOrDefault(r => r is not null) is { } refusal)
        {
            return ArticleReader.Error(id, dir, refusal);
        }

        var target = targets[0];
        var sourceLang = sources.Count == 1 ? sources[0].Lang : defaultSourceLang;
        var languageError = LanguageCodes.Validate(sourceLang, target.Lang);
        if (languageError is not null)
        {
            return ArticleReader.Error(id, dir, $"{(sources.Count == 1 ? sources[0].Path : target.Path)}: {languageError}");
        }

        var targetText = TextFileReader.Read(target.Path, boundary.Limits);
        var warnings = targetText.Warnings.ToList();
        if (targetText.Error is not null)
        {
            return ArticleReader.Error(id, dir, targetText.Error);
        }

        if (string.IsNullOrWhiteSpace(targetText.Text))
        {
            return ArticleReader.Error(id, dir, $"{target.Path}: the target text is empty");
        }

        string? sourceText = null;
        if (sources.Count == 1)
        {
            var source = TextFileReader.Read(sources[0].Path, boundary.Limits);
            if (source.Error is not null)
            {
                return ArticleReader.Error(id, dir, source.Error);
            }

            warnings.AddRange(source.Warnings);
            if (string.IsNullOrWhiteSpace(source.Text))
            {
                warnings.Add($"{sources[0].Path}: the source text is empty; checking the target alone");
            }
            else
            {
                sourceText = source.Text;
            }
        }

        var article = new Article(id, sourceLang, target.Lang, sourceText, targetText.Text!, target.Path,
            sourceText is null ? null : sources[0].Path);
        return new ArticleInput(id, dir, article, null, warnings);
    }
}

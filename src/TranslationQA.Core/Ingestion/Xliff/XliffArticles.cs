using System.Text;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Ingestion.Xliff;

/// <summary>
/// Turns the files of an XLIFF document into articles: each unit is a paragraph (a line, with a blank line between
/// units, as in an article folder), the source side built the same way, so line k of the source is the original of
/// line k of the target. The article keeps where each unit (and 2.x segment) stands, for the findings.
/// </summary>
internal static class XliffArticles
{
    /// <summary>One input per file of <paramref name="path"/>; ids are the file name, plus the file id when there are several.</summary>
    public static IReadOnlyList<ArticleInput> Build(string path, string name, IReadOnlyList<XliffFile> files)
    {
        var inputs = new List<ArticleInput>(files.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var id = files.Count == 1 ? name : $"{name}#{FileId(file, i)}";
            if (!seen.Add(id))
            {
                id = $"{name}#{i + 1}";
                seen.Add(id);
            }

            inputs.Add(Article(path, id, file));
        }

        return inputs;
    }

    private static string FileId(XliffFile file, int index) =>
        string.IsNullOrWhiteSpace(file.Id) ? (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
        : Path.GetFileName(file.Id.Replace('\\', '/'));

    private static ArticleInput Article(string path, string id, XliffFile file)
    {
        var where = $"{path}: file '{id}'";
        if (Language(file.SourceLang) is not { } sourceLang)
        {
            return ArticleReader.Error(id, path, $"{where}: no source language (source-language in XLIFF 1.2, srcLang in 2.x)");
        }

        var targetLang = Language(file.TargetLang) ?? LanguageCodes.German;
        if (LanguageCodes.Validate(sourceLang, targetLang) is { } languageError)
        {
            return ArticleReader.Error(id, path, $"{where}: {languageError}");
        }

        if (file.Units.Count == 0)
        {
            return ArticleReader.Error(id, path, $"{where}: holds no unit to check");
        }

        var source = new StringBuilder();
        var target = new StringBuilder();
        var units = new List<TargetUnit>();
        foreach (var unit in file.Units)
        {
            if (target.Length > 0)
            {
                source.Append("\n\n");
                target.Append("\n\n");
            }

            foreach (var part in unit.Parts)
            {
                source.Append(part.Source);
                // Between segments, the ignorable's own target, else its source (it is white space a tool kept).
                var text = part.Target?.Text ?? (part.IsSegment ? "" : part.Source);
                if (part.IsSegment)
                {
                    var tagged = part.Target is { } t && t.Tagged != t.Text ? t.Tagged : null;
                    units.Add(new TargetUnit(target.Length, text.Length, new UnitLocation(unit.Id, part.SegmentId, tagged), part.Source,
                        Translated: text.Length > 0 || part.Source.Length == 0));
                }

                target.Append(text);
            }
        }

        if (units.All(u => !u.Translated))
        {
            return ArticleReader.Error(id, path, $"{where}: no unit has a translation (no <target>); nothing to check");
        }

        var sourceText = source.ToString();
        var article = new Article(id, sourceLang, targetLang, string.IsNullOrWhiteSpace(sourceText) ? null : sourceText,
            target.ToString(), path, string.IsNullOrWhiteSpace(sourceText) ? null : path, units);
        return new ArticleInput(id, path, article, null, []);
    }

    /// <summary>The primary language subtag of a BCP 47 tag, lower-cased (en-US -> en, de_DE -> de).</summary>
    private static string? Language(string? tag) =>
        string.IsNullOrWhiteSpace(tag) ? null : tag.Trim().Split('-', '_')[0].ToLowerInvariant();
}

using System.Text.Json;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Ingestion;

/// <summary>
/// Reads a JSONL file: one article per line, <c>{"id", "sourceLang", "targetLang", "source", "target"}</c>,
/// <c>source</c> optional. A broken line becomes an error for that line; the other lines are still read. The file is
/// read line by line, so its size does not matter.
/// </summary>
internal static class JsonLinesArticleReader
{
    /// <summary>The file's articles, one line at a time; only the ids seen so far are kept (to refuse duplicates).</summary>
    /// <param name="path">A regular file (checked by the caller).</param>
    /// <param name="limits">The longest line read; a longer one is an error for that line, never held in memory.</param>
    /// <param name="name">What messages and locations call the file (standard input's copy is named <c>&lt;stdin&gt;</c>).</param>
    public static IEnumerable<ArticleInput> Read(string path, InputLimits limits, string? name = null)
    {
        var probe = TextFileProbe.Of(path);
        if (name is not null)
        {
            probe = probe with
            {
                Error = probe.Error?.Replace(path, name, StringComparison.Ordinal),
                Warnings = [.. probe.Warnings.Select(w => w.Replace(path, name, StringComparison.Ordinal))],
            };
        }

        return Read(probe, name ?? path, limits);
    }

    private static IEnumerable<ArticleInput> Read(TextFileProbe file, string path, InputLimits limits)
    {
        if (file.Error is not null)
        {
            yield return ArticleReader.Error(Path.GetFileNameWithoutExtension(path), path, file.Error);
            yield break;
        }

        var any = false;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in file.Lines(limits.MaxArticleBytes))
        {
            number++;
            if (line.Text is not null && string.IsNullOrWhiteSpace(line.Text))
            {
                continue;
            }

            var where = new ArticleLocation(path, number).ToString();
            var fallbackId = $"{Path.GetFileNameWithoutExtension(path)}#{number}";
            var input = line.Text is null
                ? ArticleReader.Error(fallbackId, where, $"{where}: {limits.TooLarge("the line", line.Bytes)}")
                : ReadLine(line.Text, where, fallbackId);
            if (input.Article is not null && !seen.Add(input.Id))
            {
                input = ArticleReader.Error(input.Id, where, $"{where}: duplicate article id '{input.Id}'");
            }

            any = true;
            yield return input with { Warnings = [.. file.Warnings, .. input.Warnings] };
        }

        if (!any)
        {
            yield return ArticleReader.Error(Path.GetFileNameWithoutExtension(path), path, $"{path}: holds no article");
        }
    }

    private static ArticleInput ReadLine(string line, string where, string fallbackId)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(line);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return ArticleReader.Error(fallbackId, where, $"{where}: invalid JSON ({e.Message})");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return ArticleReader.Error(fallbackId, where, $"{where}: expected a JSON object per line");
        }

        var id = Text(root, "id");
        if (string.IsNullOrWhiteSpace(id))
        {
            return ArticleReader.Error(fallbackId, where, $"{where}: missing \"id\"");
        }

        var target = Text(root, "target");
        if (string.IsNullOrWhiteSpace(target))
        {
            return ArticleReader.Error(id, where, $"{where}: article '{id}' has no \"target\" text");
        }

        var sourceLang = Text(root, "sourceLang") ?? "en";
        var targetLang = Text(root, "targetLang") ?? LanguageCodes.German;
        var languageError = LanguageCodes.Validate(sourceLang, targetLang);
        if (languageError is not null)
        {
            return ArticleReader.Error(id, where, $"{where}: {languageError}");
        }

        var source = Text(root, "source");
        var article = new Article(id, sourceLang, targetLang, Normalise(source), Normalise(target)!, where);
        return new ArticleInput(id, where, article, null, []);
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Normalise(string? text) =>
        text?.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}

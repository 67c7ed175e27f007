using System.Text.Json;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Ingestion;

/// <summary>
/// Reads a JSONL file: one article per line, <c>{"id", "sourceLang", "targetLang", "source", "target"}</c>,
/// <c>source</c> optional. A broken line becomes an error for that line; the other lines are still read.
/// </summary>
internal static class JsonLinesArticleReader
{
    public static IReadOnlyList<ArticleInput> Read(string path)
    {
        var file = TextFileReader.Read(path);
        if (file.Error is not null)
        {
            return [ArticleReader.Error(Path.GetFileNameWithoutExtension(path), path, file.Error)];
        }

        var results = new List<ArticleInput>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lines = file.Text!.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var where = $"{path}:{i + 1}";
            var input = ReadLine(lines[i], where, $"{Path.GetFileNameWithoutExtension(path)}#{i + 1}");
            if (input.Article is not null && !seen.Add(input.Id))
            {
                input = ArticleReader.Error(input.Id, where, $"{where}: duplicate article id '{input.Id}'");
            }

            results.Add(input with { Warnings = [.. file.Warnings, .. input.Warnings] });
        }

        return results.Count > 0 ? results : [ArticleReader.Error(Path.GetFileNameWithoutExtension(path), path, $"{path}: holds no article")];
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

using System.Text.Json;
using TranslationQA.Core.Findings;
using TranslationQA.Core.Ingestion;

namespace TranslationQA.Core.Evaluation;

/// <summary>
/// Reads labelled sets in the three formats we know: article folders with a <c>gold.jsonl</c> (one label per target
/// line), a <c>.jsonl</c> article file with its <c>.gold.jsonl</c> (one label per article), and article folders with a
/// hand-made <c>expected.tsv</c> (annotated spans, turned into line labels).
/// </summary>
public static class LabelledSetReader
{
    /// <summary>Reads the set at <paramref name="path"/>.</summary>
    /// <exception cref="GoldFormatException">A gold file is missing or malformed; the message names file and line.</exception>
    public static LabelledSet Read(string path)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(path));
        if (File.Exists(path) && path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            return new LabelledSet(Path.GetFileNameWithoutExtension(path) == "articles" ? Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))) ?? name : name,
                path, ReadJsonLines(path), InSample: false);
        }

        if (!Directory.Exists(path))
        {
            throw new GoldFormatException($"{path}: no such labelled set; pass a folder of article folders or a .jsonl file with its .gold.jsonl");
        }

        var reader = new ArticleReader();
        var articles = reader.Read(path).Select(ReadFolderArticle).ToList();
        return new LabelledSet(name, path, articles, InSample: articles.Count > 0 && !File.Exists(Path.Combine(articles[0].Input.Path, "gold.jsonl")));
    }

    private static LabelledArticle ReadFolderArticle(ArticleInput input)
    {
        var folder = input.Path;
        var document = input.Id.Split("__", 2)[0];
        var gold = Path.Combine(folder, "gold.jsonl");
        var expected = Path.Combine(folder, "expected.tsv");
        if (File.Exists(gold))
        {
            return new LabelledArticle(input, document, [.. GoldJsonl(gold).Select(g => g.Line)]);
        }

        if (File.Exists(expected))
        {
            if (input.Article is null)
            {
                return new LabelledArticle(input, document, []);
            }

            return new LabelledArticle(input, document, FromAnnotations(expected, input.Article.Target));
        }

        throw new GoldFormatException($"{folder}: no gold.jsonl or expected.tsv beside the article; a labelled set needs one per article");
    }

    private static List<LabelledArticle> ReadJsonLines(string path)
    {
        var goldPath = path[..^".jsonl".Length] + ".gold.jsonl";
        if (!File.Exists(goldPath))
        {
            throw new GoldFormatException($"{path}: its labels {goldPath} are missing");
        }

        var gold = new Dictionary<string, GoldLine>(StringComparer.Ordinal);
        foreach (var (id, line) in GoldJsonl(goldPath))
        {
            if (id is null || !gold.TryAdd(id, line))
            {
                throw new GoldFormatException($"{goldPath}: {(id is null ? "a line has no \"id\"" : $"article '{id}' is labelled twice")}");
            }
        }

        var articles = new List<LabelledArticle>();
        foreach (var input in new ArticleReader().Read(path))
        {
            if (!gold.TryGetValue(input.Id, out var line))
            {
                throw new GoldFormatException($"{goldPath}: no label for article '{input.Id}' of {path}");
            }

            articles.Add(new LabelledArticle(input, input.Id, [line]));
        }

        return articles;
    }

    /// <summary>The lines of a gold.jsonl: <c>{"id"?, "line", "label", "bad", "errors"?: [{"category", "severity"}]}</c>.</summary>
    private static IEnumerable<(string? Id, GoldLine Line)> GoldJsonl(string path)
    {
        var number = 0;
        foreach (var text in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            yield return ParseGold(text, $"{path}:{number}");
        }
    }

    private static (string? Id, GoldLine Line) ParseGold(string text, string where)
    {
        try
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("line", out var lineValue) || !lineValue.TryGetInt32(out var line) || line < 1)
            {
                throw new GoldFormatException($"{where}: expected an object with a positive \"line\"");
            }

            var bad = root.TryGetProperty("bad", out var b) && b.ValueKind == JsonValueKind.True;
            var label = root.TryGetProperty("label", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null;
            var gold = (label, bad) switch
            {
                ("bad", _) or (null, true) => GoldLabel.Bad,
                ("minor", false) => GoldLabel.Minor,
                ("clean", false) or (null, false) => GoldLabel.Clean,
                _ => throw new GoldFormatException($"{where}: \"label\" must be bad, minor or clean and agree with \"bad\""),
            };
            var categories = root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
                ? errors.EnumerateArray()
                    .Where(e => e.TryGetProperty("severity", out var s) && s.GetString() is "major" or "critical")
                    .Select(e => e.TryGetProperty("category", out var c) ? c.GetString() ?? "" : "")
                    .Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList()
                : [];
            var id = root.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
            return (id, new GoldLine(line, gold, categories));
        }
        catch (JsonException e)
        {
            throw new GoldFormatException($"{where}: invalid JSON ({e.Message})");
        }
    }

    /// <summary>Line labels from hand annotations: every non-empty target line, bad when it has a major or critical annotation.</summary>
    private static List<GoldLine> FromAnnotations(string expectedPath, string target)
    {
        IReadOnlyList<Annotation> annotations;
        try
        {
            annotations = AnnotationReader.Parse(File.ReadAllText(expectedPath), target);
        }
        catch (FormatException e)
        {
            throw new GoldFormatException($"{expectedPath}: {e.Message}");
        }

        var lines = target.Split('\n');
        var result = new List<GoldLine>();
        for (var n = 1; n <= lines.Length; n++)
        {
            if (string.IsNullOrWhiteSpace(lines[n - 1]))
            {
                continue;
            }

            var on = annotations.Where(a => a.Line == n).ToList();
            var serious = on.Where(a => a.Severity >= Model.Severity.Major).ToList();
            var label = serious.Count > 0 ? GoldLabel.Bad : on.Count > 0 ? GoldLabel.Minor : GoldLabel.Clean;
            result.Add(new GoldLine(n, label, [.. serious.Select(a => a.Category).Distinct(StringComparer.Ordinal)]));
        }

        return result;
    }
}

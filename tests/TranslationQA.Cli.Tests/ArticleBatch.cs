using System.Text.Json;

namespace TranslationQA.Cli.Tests;

/// <summary>JSONL batches of the seed articles repeated under new ids (a00000, a00001, ...): long enough to stop half-way.</summary>
internal static class ArticleBatch
{
    public static async Task WriteAsync(string path, int count)
    {
        var seeds = Directory.GetFiles(CliProcess.FixturePath("articles"), "source.*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(source => (Source: File.ReadAllText(source), Lang: Path.GetFileName(source).Split('.')[1],
                Target: File.ReadAllText(Path.Combine(Path.GetDirectoryName(source)!, "target.de.txt"))))
            .ToList();
        await using var writer = new StreamWriter(path);
        for (var i = 0; i < count; i++)
        {
            var seed = seeds[i % seeds.Count];
            await writer.WriteLineAsync(JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["id"] = $"a{i:D5}", ["sourceLang"] = seed.Lang, ["targetLang"] = "de", ["source"] = seed.Source, ["target"] = seed.Target,
            }));
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds while <paramref name="run"/> goes on (at most 2 minutes).</summary>
    public static async Task WaitForAsync(Func<bool> condition, RunningCli run)
    {
        var until = DateTime.UtcNow.AddMinutes(2);
        while (!condition())
        {
            Assert.IsFalse(run.HasExited, "the run ended before it could be signalled");
            Assert.IsLessThan(until, DateTime.UtcNow, "the run did not start writing its reports");
            await Task.Delay(50);
        }
    }

    /// <summary>True once a run writing into <paramref name="output"/> has written two article pages: it is under way.</summary>
    public static bool HasPages(string output)
    {
        // An article's page is written when the next article is checked: two pages, and the run is under way.
        var pages = Path.Combine(output, "articles");
        return Directory.Exists(pages) && Directory.EnumerateFiles(pages, "*.html").Skip(1).Any();
    }
}

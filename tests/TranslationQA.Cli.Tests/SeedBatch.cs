using System.Text.Json;

namespace TranslationQA.Cli.Tests;

/// <summary>Long inputs for runs that must still be going when a test acts on them.</summary>
internal static class SeedBatch
{
    /// <summary>A JSONL batch of the seed articles repeated under new ids: long enough to be stopped half-way.</summary>
    public static async Task WriteAsync(string path, int articles)
    {
        var seeds = Directory.GetFiles(CliProcess.FixturePath("articles"), "source.*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(source => (Source: File.ReadAllText(source), Lang: Path.GetFileName(source).Split('.')[1],
                Target: File.ReadAllText(Path.Combine(Path.GetDirectoryName(source)!, "target.de.txt"))))
            .ToList();
        await using var writer = new StreamWriter(path);
        for (var i = 0; i < articles; i++)
        {
            var seed = seeds[i % seeds.Count];
            await writer.WriteLineAsync(JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["id"] = $"a{i:D5}", ["sourceLang"] = seed.Lang, ["targetLang"] = "de", ["source"] = seed.Source, ["target"] = seed.Target,
            }));
        }
    }

    /// <summary>Waits until <paramref name="run"/> has checked a few articles (an article's page is written when the next one is checked).</summary>
    public static async Task WaitUntilCheckingAsync(string output, RunningCli run)
    {
        var pages = Path.Combine(output, "articles");
        var until = DateTime.UtcNow.AddMinutes(2);
        while (!(Directory.Exists(pages) && Directory.EnumerateFiles(pages, "*.html").Skip(1).Any()))
        {
            Assert.IsFalse(run.HasExited, "the run ended before the test could act on it");
            Assert.IsLessThan(until, DateTime.UtcNow, "the run did not start checking");
            await Task.Delay(50);
        }
    }
}

using System.Text.Json;
using TranslationQA.Reporting;

namespace TranslationQA.Cli.Tests;

/// <summary>A second run into the same --out removes what the first wrote and the second did not, and nothing else.</summary>
[TestClass]
public sealed class OutputManifestRunTests
{
    [TestMethod]
    public async Task Check_WhenRunAgainIntoTheSameFolder_RemovesThePagesOfArticlesNoLongerThereAndKeepsTheUsersFiles()
    {
        var root = Path.Combine(Path.GetTempPath(), "tqa-manifest-" + Guid.NewGuid().ToString("N"));
        var output = Path.Combine(root, "reports");
        Directory.CreateDirectory(output);
        var first = Path.Combine(root, "first.jsonl");
        var second = Path.Combine(root, "second.jsonl");
        // Written for this test.
        await File.WriteAllLinesAsync(first, [Line("bakery", "Die Bäckerei am Markt schließt im Sommer."), Line("orchard", "Die Apfelernte fiel in diesem Jahr gut aus.")]);
        await File.WriteAllLinesAsync(second, [Line("bakery", "Die Bäckerei am Markt schließt im Sommer.")]);
        await File.WriteAllTextAsync(Path.Combine(output, "notes.md"), "my own notes\n");

        var run1 = await CliProcess.RunAsync("check", first, "--out", output);
        Assert.IsTrue(File.Exists(Path.Combine(output, "articles", "orchard.html")), run1.ToString());
        var run2 = await CliProcess.RunAsync("check", second, "--out", output, "-f", "html,json");

        Assert.AreEqual(ExitCodes.Passed, run2.ExitCode, run2.ToString());
        Assert.IsFalse(File.Exists(Path.Combine(output, "articles", "orchard.html")), "the page of an article no longer checked is gone");
        Assert.IsFalse(File.Exists(Path.Combine(output, "report.sarif")), "a format not written this time is gone");
        Assert.IsTrue(File.Exists(Path.Combine(output, "articles", "bakery.html")));
        Assert.AreEqual("my own notes\n", await File.ReadAllTextAsync(Path.Combine(output, "notes.md")));
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, OutputManifest.FileName)));
        CollectionAssert.AreEquivalent(new[] { "articles/bakery.html", "index.html", "report.json" },
            manifest.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetString()).ToList());
        Directory.Delete(root, recursive: true);
    }

    private static string Line(string id, string target) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["sourceLang"] = "en", ["target"] = target });
}

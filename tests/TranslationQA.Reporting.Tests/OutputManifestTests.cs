using System.Text.Json;
using TranslationQA.Reporting.Tests.Support;

namespace TranslationQA.Reporting.Tests;

[TestClass]
public sealed class OutputManifestTests
{
    [TestMethod]
    public async Task ReplaceAsync_WhenTheEarlierRunWroteAPageThisOneDoesNot_RemovesItAndLeavesOtherFilesAlone()
    {
        using var temp = new TempDir();
        var out1 = Files(temp.Path, "index.html", "report.json", "articles/harbour.html", "articles/ferry.html");
        await OutputManifest.ReplaceAsync(temp.Path, out1, CancellationToken.None);
        Files(temp.Path, "my-notes.txt", "articles/my-own-page.html");

        var warnings = await OutputManifest.ReplaceAsync(temp.Path, ["index.html", "report.json", "articles/harbour.html"], CancellationToken.None);

        Assert.IsEmpty(warnings);
        Assert.IsFalse(File.Exists(Path.Combine(temp.Path, "articles", "ferry.html")), "the page of an article no longer checked");
        foreach (var kept in new[] { "index.html", "report.json", "articles/harbour.html", "my-notes.txt", "articles/my-own-page.html" })
        {
            Assert.IsTrue(File.Exists(Path.Combine(temp.Path, kept)), kept);
        }

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, OutputManifest.FileName)));
        CollectionAssert.AreEqual(new[] { "articles/harbour.html", "index.html", "report.json" },
            manifest.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetString()).ToList());
    }

    [TestMethod]
    public async Task ReplaceAsync_WhenTheManifestIsTampered_RemovesNothingOutsideTheFolderNorThroughALink()
    {
        using var temp = new TempDir();
        var outside = Path.Combine(temp.Path, "outside");
        var output = Path.Combine(temp.Path, "reports");
        Files(outside, "secret.txt", "inside-linked-folder.txt");
        Files(output, ".git/config", "resume.jsonl", "stays.txt");
        Directory.CreateSymbolicLink(Path.Combine(output, "linked"), outside);
        File.CreateSymbolicLink(Path.Combine(output, "linked-file.html"), Path.Combine(outside, "secret.txt"));
        string[] tampered =
        [
            "../outside/secret.txt", Path.Combine(outside, "secret.txt"), "articles/../../outside/secret.txt", "linked/inside-linked-folder.txt",
            "linked-file.html", ".git/config", "resume.jsonl", "./stays.txt", "stays.txt/", "stays.txt\\..", "C:stays.txt", "",
        ];
        File.WriteAllText(Path.Combine(output, OutputManifest.FileName), JsonSerializer.Serialize(new { tool = "TranslationQA", files = tampered }));

        var warnings = await OutputManifest.ReplaceAsync(output, [], CancellationToken.None);

        Assert.IsTrue(File.Exists(Path.Combine(outside, "secret.txt")));
        Assert.IsTrue(File.Exists(Path.Combine(outside, "inside-linked-folder.txt")));
        Assert.IsNotNull(new FileInfo(Path.Combine(output, "linked-file.html")).LinkTarget, "a link is not removed either");
        foreach (var kept in new[] { ".git/config", "resume.jsonl", "stays.txt" })
        {
            Assert.IsTrue(File.Exists(Path.Combine(output, kept)), kept);
        }

        Assert.IsTrue(warnings.Any(w => w.Contains("\"../outside/secret.txt\" is not a plain path inside the folder", StringComparison.Ordinal)), string.Join("\n", warnings));
    }

    [TestMethod]
    [DataRow("not json")]
    [DataRow("{\"tool\": \"TranslationQA\", \"files\": [1, 2]}")]
    public async Task ReplaceAsync_WhenTheManifestCannotBeRead_RemovesNothingAndSaysSo(string text)
    {
        using var temp = new TempDir();
        Files(temp.Path, "index.html");
        File.WriteAllText(Path.Combine(temp.Path, OutputManifest.FileName), text);

        var warnings = await OutputManifest.ReplaceAsync(temp.Path, [], CancellationToken.None);

        Assert.IsTrue(File.Exists(Path.Combine(temp.Path, "index.html")));
        Assert.HasCount(1, warnings);
        StringAssert.Contains(warnings[0], "cannot be read");
        StringAssert.Contains(warnings[0], "no earlier file removed");
    }

    [TestMethod]
    [DataRow("articles/a.html", true)]
    [DataRow("index.html", true)]
    [DataRow("../a.html", false)]
    [DataRow("articles/../index.html", false)]
    [DataRow("/etc/passwd", false)]
    [DataRow("articles//a.html", false)]
    [DataRow(".translationqa.lock", false)]
    [DataRow("translationqa-manifest.json", false)]
    [DataRow("a\\b.html", false)]
    public void IsRemovable_TellsPlainPathsInsideTheFolderFromTheRest(string path, bool removable) =>
        Assert.AreEqual(removable, OutputManifest.IsRemovable(path));

    private static string[] Files(string root, params string[] paths)
    {
        foreach (var path in paths)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, path);
        }

        return paths;
    }
}

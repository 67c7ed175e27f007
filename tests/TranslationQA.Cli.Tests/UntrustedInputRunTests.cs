using System.Diagnostics;
using System.Text.Json;

namespace TranslationQA.Cli.Tests;

/// <summary>A batch that someone else submitted, with every trick of the untrusted-input issue in it at once.</summary>
[TestClass]
public sealed class UntrustedInputRunTests
{
    private const string Secret = "AKIA-not-a-real-key-4242";

    [TestMethod]
    public async Task Check_WhenTheInputHoldsLinksOutPipesDevicesAndOversizedArticles_RefusesEachAndChecksTheRest()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Inconclusive("named pipes and /dev/zero are Linux's");
        }

        var root = Path.Combine(Path.GetTempPath(), "tqa-untrusted-" + Guid.NewGuid().ToString("N"));
        var input = Path.Combine(root, "in");
        var output = Path.Combine(root, "out");
        var secret = Path.Combine(root, "credentials.txt");
        Directory.CreateDirectory(input);
        await File.WriteAllTextAsync(secret, $"Geheimer Schlüssel: {Secret}\n");
        await WriteAsync(input, "good/source.en.txt", "The minister spoke on Monday.\n");
        await WriteAsync(input, "good/target.de.txt", "Der Minister sprach am Montag.\n");
        Link(input, "secret/target.de.txt", secret);
        Link(input, "zero/target.de.txt", "/dev/zero");
        Directory.CreateDirectory(Path.Combine(input, "pipe"));
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(input, "pipe", "target.de.txt")))
        {
            await mkfifo.WaitForExitAsync();
        }

        await WriteAsync(input, "big/target.de.txt", new string('a', 3_000));
        await WriteAsync(input, "batch.jsonl",
            "{\"id\":\"line-ok\",\"source\":\"Good night.\",\"target\":\"Gute Nacht.\"}\n" +
            "{\"id\":\"line-big\",\"target\":\"" + new string('b', 3_000) + "\"}\n");

        using var run = CliProcess.Start(new Dictionary<string, string?>(), "check", input, "--out", output, "-q", "--max-article-size", "2kB");
        var result = await run.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, "secret/target.de.txt: a symbolic link that leaves the input folder");
        StringAssert.Contains(result.Stderr, "zero/target.de.txt: a symbolic link that leaves the input folder");
        StringAssert.Contains(result.Stderr, "pipe/target.de.txt: is not a regular file (a named pipe)");
        StringAssert.Contains(result.Stderr, "big/target.de.txt: the file is 3,000 bytes, above the article size limit of 2,000 bytes");
        StringAssert.Contains(result.Stderr, "batch.jsonl:2: the line is 3,029 bytes, above the article size limit of 2,000 bytes");
        Assert.DoesNotContain("   at ", result.Stderr, "no stack trace");
        Assert.DoesNotContain(Secret, result.Stdout + result.Stderr);
        OutputFolder.AssertEveryFileIsWhole(output);
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(Secret, await File.ReadAllTextAsync(file), $"{file} holds the linked file's content");
        }

        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "report.json")));
        var verdicts = report.RootElement.GetProperty("articles").EnumerateArray()
            .ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("verdict").GetString());
        Assert.AreEqual("pass", verdicts["good"]);
        Assert.AreEqual("pass", verdicts["line-ok"]);
        Assert.AreEqual(5, verdicts.Values.Count(v => v == "error"), string.Join(", ", verdicts));
        Directory.Delete(root, recursive: true);
    }

    [TestMethod]
    public async Task Check_WithFollowSymlinks_ReadsALinkOutButStillNoDevice()
    {
        var root = Path.Combine(Path.GetTempPath(), "tqa-untrusted-" + Guid.NewGuid().ToString("N"));
        var input = Path.Combine(root, "in");
        var output = Path.Combine(root, "out");
        Directory.CreateDirectory(input);
        await File.WriteAllTextAsync(Path.Combine(root, "shared-target.txt"), "Der Minister sprach am Montag.\n");
        Link(input, "linked/target.de.txt", Path.Combine(root, "shared-target.txt"));
        Link(input, "zero/target.de.txt", "/dev/zero");

        var result = await CliProcess.RunAsync("check", input, "--out", output, "--format", "json", "--follow-symlinks");

        Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, "zero/target.de.txt: is not a regular file (a character device)");
        Assert.DoesNotContain("linked", result.Stderr);
        Directory.Delete(root, recursive: true);
    }

    private static async Task WriteAsync(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, text);
    }

    private static void Link(string root, string relative, string target)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
    }
}

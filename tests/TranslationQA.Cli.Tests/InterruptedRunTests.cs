using System.Text.Json;

namespace TranslationQA.Cli.Tests;

/// <summary>Runs stopped half-way by the signals a user (Ctrl-C) or CI (a timeout's SIGTERM) sends.</summary>
[TestClass]
public sealed class InterruptedRunTests
{
    private const int Articles = 3_000;

    [TestMethod]
    [DataRow("INT", ExitCodes.Interrupted)]
    [DataRow("TERM", ExitCodes.Terminated)]
    public async Task Check_WhenSignalledMidRun_WritesWholeReportsOfTheArticlesCheckedAndExitsWithTheSignalsCode(string signal, int code)
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Inconclusive("POSIX signals are sent with kill(1)");
        }

        var root = Path.Combine(Path.GetTempPath(), "tqa-signal-" + Guid.NewGuid().ToString("N"));
        var input = Path.Combine(root, "batch.jsonl");
        var output = Path.Combine(root, "out");
        Directory.CreateDirectory(root);
        await WriteBatchAsync(input);

        using var run = CliProcess.Start(new Dictionary<string, string?>(), "check", input, "--out", output, "-q");
        // An article's page is written when the next article is checked: two pages, and the run is under way.
        var pages = Path.Combine(output, "articles");
        await WaitForAsync(() => Directory.Exists(pages) && Directory.EnumerateFiles(pages, "*.html").Skip(1).Any(), run);
        run.Signal(signal);
        var result = await run.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.AreEqual(code, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, "Cancelled after ");
        Assert.DoesNotContain("   at ", result.Stderr, "no stack trace");
        OutputFolder.AssertEveryFileIsWhole(output);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "report.json")));
        Assert.IsFalse(report.RootElement.GetProperty("complete").GetBoolean());
        var stop = report.RootElement.GetProperty("interrupted");
        var written = report.RootElement.GetProperty("articles").GetArrayLength();
        Assert.AreEqual(written, stop.GetProperty("checkedArticles").GetInt64());
        Assert.AreEqual(Articles, stop.GetProperty("totalArticles").GetInt64());
        Assert.IsTrue(written is > 0 and < Articles, $"{written} articles written");
        StringAssert.Contains(result.Stdout, $"Cancelled after {written:N0} of {Articles:N0} articles");
        Directory.Delete(root, recursive: true);
    }

    [TestMethod]
    public async Task Check_WhenCompleted_SaysSoInReportJson()
    {
        var output = Path.Combine(Path.GetTempPath(), "tqa-out-" + Guid.NewGuid().ToString("N"));

        var result = await CliProcess.RunAsync("check", CliProcess.FixturePath("articles"), "--out", output, "--format", "json");

        Assert.AreEqual(ExitCodes.GateFailed, result.ExitCode, result.ToString());
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "report.json")));
        Assert.IsTrue(report.RootElement.GetProperty("complete").GetBoolean());
        Assert.IsFalse(report.RootElement.TryGetProperty("interrupted", out _));
        Directory.Delete(output, recursive: true);
    }

    /// <summary>A JSONL batch of the seed articles repeated under new ids: long enough to be stopped half-way.</summary>
    private static async Task WriteBatchAsync(string path)
    {
        var seeds = Directory.GetFiles(CliProcess.FixturePath("articles"), "source.*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(source => (Source: File.ReadAllText(source), Lang: Path.GetFileName(source).Split('.')[1],
                Target: File.ReadAllText(Path.Combine(Path.GetDirectoryName(source)!, "target.de.txt"))))
            .ToList();
        await using var writer = new StreamWriter(path);
        for (var i = 0; i < Articles; i++)
        {
            var seed = seeds[i % seeds.Count];
            await writer.WriteLineAsync(JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["id"] = $"a{i:D5}", ["sourceLang"] = seed.Lang, ["targetLang"] = "de", ["source"] = seed.Source, ["target"] = seed.Target,
            }));
        }
    }

    private static async Task WaitForAsync(Func<bool> condition, RunningCli run)
    {
        var until = DateTime.UtcNow.AddMinutes(2);
        while (!condition())
        {
            Assert.IsFalse(run.HasExited, "the run ended before it could be signalled");
            Assert.IsLessThan(until, DateTime.UtcNow, "the run did not start writing its reports");
            await Task.Delay(50);
        }
    }
}

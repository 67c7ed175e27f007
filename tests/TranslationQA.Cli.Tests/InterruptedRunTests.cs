using System.Text.Json;

namespace TranslationQA.Cli.Tests;

/// <summary>Runs stopped half-way by the signals a user (Ctrl-C) or CI (a timeout's SIGTERM) sends.</summary>
[TestClass]
[DoNotParallelize] // a signalled run has 2 s to stop checking; other classes' runs must not take the cores
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
        await ArticleBatch.WriteAsync(input, Articles);

        using var run = CliProcess.Start(new Dictionary<string, string?>(), "check", input, "--out", output, "-q");
        await ArticleBatch.WaitForAsync(() => ArticleBatch.HasPages(output), run);
        run.Signal(signal);
        var result = await run.WaitAsync(TimeSpan.FromSeconds(15));

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
        var journal = File.ReadAllLines(Path.Combine(output, "resume.jsonl"));
        Assert.HasCount(written + 1, journal, "the resume journal: its settings, then every article written");
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
        Assert.IsFalse(File.Exists(Path.Combine(output, "resume.jsonl")), "a completed run leaves nothing to resume");
        Directory.Delete(output, recursive: true);
    }
}

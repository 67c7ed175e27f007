using System.Text.Json;
using System.Text.Json.Nodes;
using TranslationQA.Reporting.Shards;

namespace TranslationQA.Cli.Tests;

/// <summary>
/// <c>check --resume</c>: a run stopped by Ctrl-C, then resumed into the same folder, against an uninterrupted run of
/// the same input; and resumed runs over a few articles of that interrupted run's journal, changed in ways that matter.
/// </summary>
[TestClass]
[DoNotParallelize] // its runs are long and one is signalled: alone, they neither slow the other classes nor are slowed
public sealed class ResumeRunTests
{
    private const int Articles = 300;
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "tqa-resume-" + Guid.NewGuid().ToString("N")[..10]);
    private static CliResult s_whole = null!;
    private static CliResult s_interrupted = null!;
    private static CliResult s_resumed = null!;

    private static string Batch => Path.Combine(Root, "batch.jsonl");

    private static string Whole => Path.Combine(Root, "whole");

    private static string Resumed => Path.Combine(Root, "resumed");

    /// <summary>The journal the interrupted run left, kept before the resumed run deletes it.</summary>
    private static string Journal => Path.Combine(Root, "interrupted.jsonl");

    [ClassInitialize]
    public static async Task CheckWholeThenInterruptedAndResumed(TestContext context)
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // the interrupted run needs kill(1); every test says so
        }

        Directory.CreateDirectory(Root);
        await ArticleBatch.WriteAsync(Batch, Articles);
        s_whole = await CliProcess.RunAsync("check", Batch, "--out", Whole);
        using (var run = CliProcess.Start(new Dictionary<string, string?>(), "check", Batch, "--out", Resumed, "-q"))
        {
            await ArticleBatch.WaitForAsync(() => ArticleBatch.HasPages(Resumed), run);
            run.Signal("INT");
            s_interrupted = await run.WaitAsync(TimeSpan.FromSeconds(10));
        }

        File.Copy(Path.Combine(Resumed, "resume.jsonl"), Journal);
        s_resumed = await CliProcess.RunAsync("check", Batch, "--out", Resumed, "--resume");
    }

    [ClassCleanup]
    public static void DeleteOutputs()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    [TestInitialize]
    public void NeedsSignals()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Inconclusive("the interrupted run is stopped with kill(1)");
        }
    }

    [TestMethod]
    public void Check_WhenResumed_KeepsThePagesOfTheInterruptedRunAndListsEveryPageInTheManifest()
    {
        var pages = Directory.GetFiles(Path.Combine(Resumed, "articles"), "*.html");
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Resumed, Reporting.OutputManifest.FileName)));
        var listed = manifest.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetString()).ToList();

        Assert.HasCount(Articles, pages, "the pages of the articles the interrupted run checked are still there");
        Assert.AreEqual(Articles, listed.Count(f => f!.StartsWith("articles/", StringComparison.Ordinal)));
        Assert.IsTrue(listed.All(f => File.Exists(Path.Combine(Resumed, f!))));
    }

    [TestMethod]
    public async Task Check_WhenResumedAfterCtrlC_WritesTheReportsOfAnUninterruptedRun()
    {
        var kept = File.ReadAllLines(Journal).Length - 1;

        Assert.AreEqual(ExitCodes.Interrupted, s_interrupted.ExitCode, s_interrupted.ToString());
        Assert.IsTrue(kept is > 0 and < Articles, $"{kept} articles in the journal");
        Assert.AreEqual(ExitCodes.GateFailed, s_whole.ExitCode, s_whole.ToString());
        Assert.AreEqual(s_whole.ExitCode, s_resumed.ExitCode, s_resumed.ToString());
        StringAssert.Contains(s_resumed.Stderr, $"Resuming: {kept:N0} articles kept from the interrupted run, {Articles - kept:N0} to check.");
        Assert.IsFalse(File.Exists(Path.Combine(Resumed, "resume.jsonl")), "a completed run leaves nothing to resume");
        OutputFolder.AssertEveryFileIsWhole(Resumed);

        var whole = await ReportAsync(Whole);
        var resumed = await ReportAsync(Resumed);
        Assert.IsTrue(resumed["complete"]!.GetValue<bool>());
        Assert.AreEqual(Articles, resumed["articles"]!.AsArray().Count);
        Assert.AreEqual(WithoutRunFacts(whole), WithoutRunFacts(resumed), "report.json apart from times and engine costs");
        Assert.AreEqual((await SarifAsync(Whole))["runs"]![0]!["results"]!.ToJsonString(),
            (await SarifAsync(Resumed))["runs"]![0]!["results"]!.ToJsonString(), "SARIF results");
        var pages = Files(Path.Combine(Whole, "articles"));
        CollectionAssert.AreEqual(pages, Files(Path.Combine(Resumed, "articles")));
        foreach (var page in pages.Append(Path.Combine("..", "junit.xml")))
        {
            Assert.AreEqual(ReportText.WithoutTimings(await File.ReadAllTextAsync(Path.Combine(Whole, "articles", page))),
                ReportText.WithoutTimings(await File.ReadAllTextAsync(Path.Combine(Resumed, "articles", page))), page);
        }

        CollectionAssert.AreEqual(ReportText.FindingLines(s_whole.Stdout), ReportText.FindingLines(s_resumed.Stdout),
            "the kept articles' findings are printed as a check prints them");
    }

    [TestMethod]
    public async Task Check_WhenAnArticleChangedSinceTheInterruptedRun_ChecksItAgainAndKeepsTheOthers()
    {
        var (input, output) = await SmallRunAsync("changed", lines => lines[2] = lines[2].Replace(
            "\"target\":\"", "\"target\":\"Der Vertrag wurde nicht unterzeichnet.\\n", StringComparison.Ordinal));

        var result = await CliProcess.RunAsync("check", input, "--out", output, "--resume", "-q", "--format", "json");

        StringAssert.Contains(result.Stderr, "Resuming: 4 articles kept from the interrupted run, 1 to check.", result.ToString());
        var articles = (await ReportAsync(output))["articles"]!.AsArray();
        Assert.AreEqual("Der Vertrag wurde nicht unterzeichnet.", articles[2]!["sentences"]![0]!["text"]!.GetValue<string>());
        Assert.AreEqual($"{input}:1", articles[0]!["path"]!.GetValue<string>(), "a kept article is reported under its path in this run's input");
        Assert.IsFalse(File.Exists(Path.Combine(output, "resume.jsonl")));
    }

    [TestMethod]
    public async Task Check_WhenTheJournalEndsInATornLine_IgnoresItAndChecksThatArticle()
    {
        var (input, output) = await SmallRunAsync("torn");
        var journal = File.ReadAllLines(Journal);
        // The header and four articles whole, then the fifth cut short, as a kill while it was being written leaves it.
        await File.WriteAllTextAsync(Path.Combine(output, "resume.jsonl"),
            string.Join('\n', journal[..5]) + "\n" + journal[5][..(journal[5].Length / 2)]);

        var result = await CliProcess.RunAsync("check", input, "--out", output, "--resume", "-q", "--format", "json");

        Assert.AreEqual(ExitCodes.GateFailed, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, "Resuming: 4 articles kept from the interrupted run, 1 to check.");
        Assert.AreEqual(5, (await ReportAsync(output))["articles"]!.AsArray().Count);
        Assert.IsFalse(File.Exists(Path.Combine(output, "resume.jsonl")));
    }

    [TestMethod]
    public async Task Check_WhenResumingWithoutAJournal_ChecksEveryArticleAndSaysSo()
    {
        var (input, output) = await SmallRunAsync("none");
        File.Delete(Path.Combine(output, "resume.jsonl"));

        var result = await CliProcess.RunAsync("check", input, "--out", output, "--resume", "-q", "--format", "json");

        Assert.AreEqual(ExitCodes.GateFailed, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, $"Not resuming: no resume.jsonl in {output}");
        StringAssert.Contains(result.Stderr, "checking every article.");
        Assert.AreEqual(5, (await ReportAsync(output))["articles"]!.AsArray().Count);
    }

    [TestMethod]
    public async Task Check_WhenAJournalLineIsNotJson_ExitsWithErrorNamingTheFileAndLine()
    {
        var (input, output) = await SmallRunAsync("garbage");
        var journal = File.ReadAllLines(Journal);
        var path = Path.Combine(output, "resume.jsonl");
        await File.WriteAllTextAsync(path, $"{journal[0]}\n{journal[1]}\nnot a journal line\n{journal[2]}\n");

        var result = await CliProcess.RunAsync("check", input, "--out", output, "--resume", "-q", "--format", "json");

        Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, $"error: --resume: {path}:3: not a line of a resume journal");
        Assert.IsFalse(File.Exists(Path.Combine(output, "report.json")), "nothing is checked");
    }

    [TestMethod]
    public async Task Check_WhenResumingAShard_KeepsTheArticlesOfThatShard()
    {
        var (input, output) = await SmallRunAsync("shard");
        var inShard = Enumerable.Range(0, 5).Count(i => Shard.Of($"a{i:D5}", 2) == 1);

        var result = await CliProcess.RunAsync("check", input, "--out", output, "--resume", "--shard", "1/2", "-q", "--format", "json");

        StringAssert.Contains(result.Stderr, $"Resuming: {inShard} articles kept from the interrupted run, 0 to check.", result.ToString());
        var report = await ReportAsync(output);
        Assert.AreEqual(inShard, report["articles"]!.AsArray().Count);
        Assert.IsTrue(report["articles"]!.AsArray().All(a => a!["mergeData"] is not null), "a shard's report keeps what a merge needs");
    }

    /// <summary>
    /// The first five articles of the batch (all in the interrupted run's journal), optionally changed, and an output
    /// folder holding that journal.
    /// </summary>
    private static async Task<(string Input, string Output)> SmallRunAsync(string name, Action<string[]>? change = null)
    {
        var lines = (await File.ReadAllLinesAsync(Batch))[..5];
        change?.Invoke(lines);
        var input = Path.Combine(Root, $"{name}.jsonl");
        await File.WriteAllLinesAsync(input, lines);
        var output = Path.Combine(Root, name);
        Directory.CreateDirectory(output);
        File.Copy(Journal, Path.Combine(output, "resume.jsonl"));
        return (input, output);
    }

    private static async Task<JsonNode> ReportAsync(string folder) =>
        JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "report.json")))!;

    private static async Task<JsonNode> SarifAsync(string folder) =>
        JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "report.sarif")))!;

    /// <summary>The report without when the run was and what the engine cost it (a resumed run translates less).</summary>
    private static string WithoutRunFacts(JsonNode report)
    {
        var root = report.AsObject();
        foreach (var name in new[] { "startedAt", "generatedAt", "durationMs", "stats" })
        {
            Assert.IsTrue(root.Remove(name), name);
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static List<string> Files(string folder) =>
        [.. Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];
}

namespace TranslationQA.Cli.Tests;

/// <summary>Shards 1/3, 2/3 and 3/3 of the fixtures, checked and merged, against a single run of the same input.</summary>
[TestClass]
public sealed class MergeCommandTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "tqa-merge-" + Guid.NewGuid().ToString("N")[..10]);
    private static CliResult s_single = null!;
    private static readonly CliResult[] s_shards = new CliResult[3];

    private static string[] Inputs => [CliProcess.FixturePath("articles"), CliProcess.FixturePath("pairs")];

    private static string Shard(int k) => Path.Combine(Root, $"shard{k}", "report.json");

    [ClassInitialize]
    public static async Task CheckSingleAndShards(TestContext context)
    {
        s_single = await CliProcess.RunAsync([ "check", .. Inputs, "--out", Path.Combine(Root, "single")]);
        for (var k = 1; k <= 3; k++)
        {
            s_shards[k - 1] = await CliProcess.RunAsync(["check", .. Inputs, "--shard", $"{k}/3", "--out", Path.Combine(Root, $"shard{k}"), "-q"]);
        }
    }

    [ClassCleanup]
    public static void DeleteOutputs() => Directory.Delete(Root, recursive: true);

    [TestMethod]
    public async Task Merge_WhenShardsOneTwoThreeOfThree_WritesTheReportsOfTheSingleRunApartFromTimings()
    {
        var merged = Path.Combine(Root, "merged");

        var result = await CliProcess.RunAsync("merge", Shard(1), Shard(2), Shard(3), "--out", merged);

        Assert.AreEqual(ExitCodes.GateFailed, s_single.ExitCode, s_single.ToString());
        Assert.AreEqual(s_single.ExitCode, result.ExitCode, result.ToString());
        Assert.IsTrue(s_shards.All(s => s.ExitCode is ExitCodes.Passed or ExitCodes.GateFailed), string.Join("\n", s_shards.Select(s => s.ToString())));
        var single = Path.Combine(Root, "single");
        var files = Files(single);
        CollectionAssert.AreEqual(files, Files(merged));
        Assert.IsGreaterThan(20, files.Count);
        foreach (var file in files)
        {
            Assert.AreEqual(ReportText.WithoutTimings(await File.ReadAllTextAsync(Path.Combine(single, file))),
                ReportText.WithoutTimings(await File.ReadAllTextAsync(Path.Combine(merged, file))), file);
        }

        CollectionAssert.AreEqual(ReportText.FindingLines(s_single.Stdout), ReportText.FindingLines(result.Stdout));
    }

    [TestMethod]
    public async Task Merge_WhenAShardIsMissing_ExitsWithErrorNamingIt()
    {
        var result = await CliProcess.RunAsync("merge", Shard(1), Shard(3), "--out", Path.Combine(Root, "missing"));

        Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, "shard 2/3 is missing");
    }

    [TestMethod]
    public async Task Merge_WhenAShardIsGivenTwice_ExitsWithErrorNamingIt()
    {
        var result = await CliProcess.RunAsync("merge", Shard(1), Shard(2), Shard(2), Shard(3), "--out", Path.Combine(Root, "twice"));

        Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, "shard 2/3 is given twice");
    }

    [TestMethod]
    public async Task Merge_WhenAReportIsNotAShardRun_ExitsWithErrorNamingTheFile()
    {
        var whole = Path.Combine(Root, "single", "report.json");

        var result = await CliProcess.RunAsync("merge", whole, "--out", Path.Combine(Root, "whole"));

        Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, $"{whole}: is not the report of a shard run");
    }

    [TestMethod]
    [DataRow("0/3")]
    [DataRow("4/3")]
    [DataRow("two")]
    public async Task Check_WhenShardIsNotKOfN_ExitsWithUsageError(string shard)
    {
        var result = await CliProcess.RunAsync("check", CliProcess.FixturePath("articles"), "--shard", shard, "--out", Path.Combine(Root, "bad"));

        Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, $"--shard {shard}: expected K/N");
    }

    private static List<string> Files(string folder) =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];
}

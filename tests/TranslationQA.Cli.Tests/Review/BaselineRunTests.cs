using System.Text.Json;

namespace TranslationQA.Cli.Tests.Review;

/// <summary>
/// <c>check --baseline</c> and <c>--gate new</c> on real edits of an article: the fingerprints survive lines inserted
/// above a finding, whitespace changes and other findings coming and going, and change when the flagged words do.
/// </summary>
[TestClass]
public sealed class BaselineRunTests
{
    [TestMethod]
    public async Task Check_WhenTheArticleIsEditedAroundItsFindings_MarksThemUnchangedAndTheGateNewFailsOnlyOnChangedWords()
    {
        using var work = new WorkFolder();
        var target = work.CopyFixture();
        var source = Path.Combine(Path.GetDirectoryName(target)!, "source.fr.txt");
        var before = await work.CheckAsync("articles", "--out", "a", "-f", "json");
        Assert.AreEqual(ExitCodes.GateFailed, before.ExitCode, before.ToString());

        // A dateline inserted above (two lines in both texts; the checks flag it, a new finding), runs of spaces, and
        // "Lille" corrected to the source's "Lyon" (its finding goes).
        await InsertDatelineAsync(source, "Lyon, 12 mai (AFP).");
        await InsertDatelineAsync(target, "Lyon, 12. Mai (AFP).");
        await EditAsync(target, ("Strafgericht in Lille", "Strafgericht  in Lyon"), ("Der Brand, der", "Der  Brand,   der"));
        var edited = await work.CheckAsync("articles", "--out", "b", "-f", "json", "--baseline", "a/report.json", "--gate", "new");

        Assert.AreEqual(ExitCodes.Passed, edited.ExitCode, "the critical finding is unchanged, so the new-only gate passes\n" + edited);
        var report = Report(work.Path("b/report.json"));
        var findings = Findings(report);
        Assert.AreEqual("unchanged", State(findings, "Avocado"));
        var moved = findings.Where(f => f.GetProperty("line").GetInt32() == 9).ToList();
        Assert.HasCount(2, moved, "the two findings of the quoted sentence, two lines further down");
        Assert.IsTrue(moved.All(f => f.GetProperty("baselineState").GetString() == "unchanged"));
        Assert.IsTrue(findings.Where(f => f.GetProperty("line").GetInt32() == 3).All(f => f.GetProperty("baselineState").GetString() == "new"));
        Assert.AreEqual("Lille", report.GetProperty("absent").EnumerateArray().Single().GetProperty("targetText").GetString());
        Assert.AreEqual("new", report.GetProperty("gate").GetProperty("scope").GetString());

        var allGate = await work.CheckAsync("articles", "--out", "c", "-f", "json", "--baseline", "a/report.json");
        Assert.AreEqual(ExitCodes.GateFailed, allGate.ExitCode, "without --gate new the unchanged critical finding still fails\n" + allGate);

        // The flagged words change: a new finding, and the new-only gate fails on it.
        await EditAsync(target, ("Die Avocado der Verteidigung fordert", "Die Avocados der Verteidigung fordern"));
        var changed = await work.CheckAsync("articles", "--out", "d", "-f", "json", "--baseline", "a/report.json", "--gate", "new");

        Assert.AreEqual(ExitCodes.GateFailed, changed.ExitCode, changed.ToString());
        StringAssert.Contains(changed.Stdout, "error TQA002: new critical:");
        Assert.AreEqual("new", State(Findings(Report(work.Path("d/report.json"))), "Avocados"));
    }

    [TestMethod]
    public async Task Check_WhenGateNewHasNoBaseline_IsAUsageError()
    {
        using var work = new WorkFolder();
        work.CopyFixture();

        var result = await work.CheckAsync("articles", "--out", "r", "--gate", "new");

        Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, "--gate new: needs --baseline");
    }

    [TestMethod]
    public async Task Check_WhenTheSuppressionsFileIsMalformed_ExitsTwoNamingFileAndLine()
    {
        using var work = new WorkFolder();
        work.CopyFixture();
        await File.WriteAllTextAsync(work.Path("translationqa.suppressions.json"), "{\"version\": 1,\n \"suppressions\": [}\n");

        var result = await work.CheckAsync("articles", "--out", "r");

        Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, "error: --suppressions translationqa.suppressions.json: is not a suppressions file");
        StringAssert.Contains(result.Stderr, "LineNumber: 1");
        Assert.IsFalse(Directory.Exists(work.Path("r/articles")), "nothing is checked with decisions that cannot be read");
    }

    [TestMethod]
    public async Task Check_WhenTheBaselineIsNotAReport_ExitsTwoNamingIt()
    {
        using var work = new WorkFolder();
        work.CopyFixture();
        await File.WriteAllTextAsync(work.Path("old.json"), "[1, 2]");

        var result = await work.CheckAsync("articles", "--out", "r", "--baseline", "old.json");

        Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, "error: --baseline old.json: is not a TranslationQA report.json");
    }

    private static async Task InsertDatelineAsync(string file, string dateline)
    {
        var lines = (await File.ReadAllTextAsync(file)).Split('\n').ToList();
        lines.InsertRange(1, ["", dateline]);
        await File.WriteAllTextAsync(file, string.Join('\n', lines));
    }

    private static async Task EditAsync(string file, params (string From, string To)[] edits)
    {
        var text = await File.ReadAllTextAsync(file);
        foreach (var (from, to) in edits)
        {
            Assert.Contains(from, text);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        await File.WriteAllTextAsync(file, text);
    }

    private static JsonElement Report(string path) => JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();

    private static List<JsonElement> Findings(JsonElement report) => [.. report.GetProperty("articles")[0].GetProperty("findings").EnumerateArray()];

    private static string? State(List<JsonElement> findings, string targetText) =>
        findings.Single(f => f.GetProperty("targetText").GetString() == targetText).GetProperty("baselineState").GetString();
}

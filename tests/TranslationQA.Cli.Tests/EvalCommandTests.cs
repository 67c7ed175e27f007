using System.Text.Json;

namespace TranslationQA.Cli.Tests;

[TestClass]
public sealed class EvalCommandTests
{
    private string _out = null!;

    [TestInitialize]
    public void Create() => _out = Directory.CreateTempSubdirectory("tqa-eval-").FullName;

    [TestCleanup]
    public void Delete() => Directory.Delete(_out, recursive: true);

    [TestMethod]
    public async Task Eval_OnAnnotatedFixtures_WritesTheFiguresPerThresholdAndRule()
    {
        var result = await CliProcess.RunAsync("eval", CliProcess.FixturePath("pairs"), "-o", _out, "-q");

        Assert.AreEqual(ExitCodes.Passed, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stdout, "| all | critical |");
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_out, "eval.json")));
        var set = json.RootElement.GetProperty("sets")[0];
        Assert.IsTrue(set.GetProperty("inSample").GetBoolean());
        var all = set.GetProperty("halves")[0];
        Assert.AreEqual("all", all.GetProperty("half").GetString());
        Assert.IsGreaterThan(0, all.GetProperty("major").GetProperty("bad").GetInt32());
        Assert.IsTrue(all.GetProperty("rules").EnumerateArray().Any(r => r.GetProperty("rule").GetString() == "TQA012"));
        StringAssert.Contains(await File.ReadAllTextAsync(Path.Combine(_out, "eval.md")), "| TQA012 |");
    }

    [TestMethod]
    public async Task Eval_WhenAGoldFileIsMalformed_ExitsTwoNamingFileAndLine()
    {
        var set = Path.Combine(_out, "set");
        var article = Path.Combine(set, "doc__sys");
        Directory.CreateDirectory(article);
        await File.WriteAllTextAsync(Path.Combine(article, "source.en.txt"), "One.\n");
        await File.WriteAllTextAsync(Path.Combine(article, "target.de.txt"), "Eins.\n");
        await File.WriteAllTextAsync(Path.Combine(article, "gold.jsonl"), "{\"line\": 1, \"label\": \"clean\"}\n{broken\n");

        var result = await CliProcess.RunAsync("eval", set, "-o", Path.Combine(_out, "reports"), "-q");

        Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, Path.Combine(article, "gold.jsonl") + ":2: invalid JSON");
        Assert.IsFalse(Directory.Exists(Path.Combine(_out, "reports")), "nothing is written for a set that cannot be read");
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [TestMethod]
    public async Task Eval_WithWriteCalibration_WritesATableTheToolCanRead()
    {
        var table = Path.Combine(_out, "calibration.tsv");

        var result = await CliProcess.RunAsync("eval", CliProcess.FixturePath("heldout"), "-o", _out, "-q", "--write-calibration", table);

        Assert.AreEqual(ExitCodes.Passed, result.ExitCode, result.ToString());
        var rows = Core.Findings.Calibration.Parse(File.ReadLines(table).Where(l => l.Length > 0 && l[0] != '#')).Rows;
        Assert.IsTrue(rows.Any(r => r.Kind == "evidence" && r.Set == "heldout" && r.Half == "all" && r.Flagged > 0));
    }
}

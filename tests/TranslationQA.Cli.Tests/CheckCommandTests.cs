using System.Text.RegularExpressions;
using System.Text.Json;

namespace TranslationQA.Cli.Tests;

[TestClass]
public sealed class CheckCommandTests
{
    private static string NewOutputFolder() => Path.Combine(Path.GetTempPath(), "tqa-out-" + Guid.NewGuid().ToString("N"));

    [TestMethod]
    public async Task Check_WhenSeedArticles_FailsTheGateAndFlagsBerufungsverfahrenAgainstCall()
    {
        var output = NewOutputFolder();

        var result = await CliProcess.RunAsync("check", CliProcess.FixturePath("articles"), "--out", output);

        Assert.AreEqual(ExitCodes.GateFailed, result.ExitCode, result.ToString());
        foreach (var file in new[] { "report.json", "index.html", "report.sarif", "junit.xml", "summary.md" })
        {
            Assert.IsTrue(File.Exists(Path.Combine(output, file)), $"{file} missing\n{result}");
        }

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "report.json")));
        var articles = json.RootElement.GetProperty("articles").EnumerateArray().ToList();
        Assert.HasCount(5, articles);
        var dhnet = articles.Single(a => a.GetProperty("id").GetString() == "dhnet-biden-putin-appel");
        var appeal = dhnet.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("targetText").GetString()!.Contains("Berufungsverfahren", StringComparison.Ordinal))
            .ToList();
        Assert.IsNotEmpty(appeal, "Berufungsverfahren not flagged");
        Assert.AreEqual("critical", appeal[0].GetProperty("severity").GetString(), "a wrong sense in the headline is critical");
        var evidence = appeal[0].GetProperty("sourceText").GetString() + " " + appeal[0].GetProperty("message").GetString();
        StringAssert.Contains(evidence, "appel");
        StringAssert.Contains(evidence, "call");
        Assert.AreEqual(4, appeal[0].GetProperty("line").GetInt32());
        Assert.AreEqual(35, appeal[0].GetProperty("column").GetInt32());
        StringAssert.Contains(result.Stdout, "dhnet-biden-putin-appel/target.de.txt(4,35): error TQA002: critical:");
        Assert.IsFalse(string.IsNullOrEmpty(appeal[0].GetProperty("backTranslation").GetString()), "no back-translation evidence");
        Assert.IsGreaterThanOrEqualTo(0.8, appeal[0].GetProperty("confidence").GetDouble());

        // The page shows the word links: the German word's sense and the source word it renders, on hover or focus.
        var page = await File.ReadAllTextAsync(Path.Combine(output, "articles", "dhnet-biden-putin-appel.html"));
        StringAssert.Contains(page, "title=\"Berufungsverfahren \u2192 ");
        StringAssert.Contains(page, "; the source says appel\"");
        StringAssert.Contains(page, "<ins class=\"gap\" tabindex=\"0\"");
        StringAssert.Contains(page, "data-plain-toggle");
        var pair = dhnet.GetProperty("pairs").EnumerateArray().First(p => p.GetProperty("targetText").GetString()!.Contains("Berufungsverfahren", StringComparison.Ordinal));
        var ops = pair.GetProperty("diff").EnumerateArray().Select(d => d.GetProperty("op").GetString()).ToList();
        CollectionAssert.IsSubsetOf(ops.Distinct().ToList(), new[] { "equal", "delete", "insert" });
        Assert.AreEqual(pair.GetProperty("sourceText").GetString(),
            string.Concat(pair.GetProperty("diff").EnumerateArray().Where(d => d.GetProperty("op").GetString() != "insert").Select(d => d.GetProperty("text").GetString())),
            "equal and deleted pieces rejoin to the source");
        Directory.Delete(output, recursive: true);
    }

    [TestMethod]
    public async Task Check_WhenOneArticleIsBroken_ReportsItAndStillChecksTheOthers()
    {
        var input = NewOutputFolder() + "-in";
        var output = NewOutputFolder();
        Directory.CreateDirectory(Path.Combine(input, "good"));
        Directory.CreateDirectory(Path.Combine(input, "broken"));
        await File.WriteAllTextAsync(Path.Combine(input, "good", "source.en.txt"), "The minister spoke on Monday.\n");
        await File.WriteAllTextAsync(Path.Combine(input, "good", "target.de.txt"), "Der Minister sprach am Montag.\n");
        await File.WriteAllBytesAsync(Path.Combine(input, "broken", "target.de.txt"), [0x00, 0x01, 0x02]);

        var result = await CliProcess.RunAsync("check", input, "--out", output, "--format", "json");

        Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, "broken");
        StringAssert.Contains(result.Stderr, "is not a text file");
        Assert.DoesNotContain("   at ", result.Stderr, "no stack trace for a user error");
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "report.json")));
        var verdicts = json.RootElement.GetProperty("articles").EnumerateArray()
            .ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("verdict").GetString());
        Assert.AreEqual("error", verdicts["broken"]);
        Assert.AreEqual("pass", verdicts["good"]);
        Directory.Delete(input, recursive: true);
        Directory.Delete(output, recursive: true);
    }

    [TestMethod]
    public async Task Check_WhenOutNamesAnExistingFile_ExitsWithUsageError()
    {
        var file = Path.GetTempFileName();

        var result = await CliProcess.RunAsync("check", CliProcess.FixturePath("articles"), "--out", file);

        Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, $"--out {file}: is an existing file");
        File.Delete(file);
    }

    [TestMethod]
    public async Task Check_WhenPathIsMissing_NamesItAndExitsWithError()
    {
        var output = NewOutputFolder();

        var result = await CliProcess.RunAsync("check", "no-such-folder", "--out", output, "--format", "json");

        Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, "no-such-folder: no such file or folder");
        Directory.Delete(output, recursive: true);
    }

    [TestMethod]
    public async Task Check_WhenFailOnNone_PassesEvenWithFindings()
    {
        var output = NewOutputFolder();

        var result = await CliProcess.RunAsync("check", CliProcess.FixturePath("articles", "dhnet-biden-putin-appel"),
            "--out", output, "--format", "json", "--fail-on", "none");

        Assert.AreEqual(ExitCodes.Passed, result.ExitCode, result.ToString());
        Directory.Delete(output, recursive: true);
    }

    [TestMethod]
    public async Task Help_ListsTheCheckOptions()
    {
        var result = await CliProcess.RunAsync("check", "--help");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        foreach (var option in new[] { "--out", "--format", "--engine", "--fail-on", "--max-score", "--cache", "--no-cache" })
        {
            StringAssert.Contains(result.Stdout, option);
        }
    }

    [TestMethod]
    public async Task Check_WhenAnOptionIsMistyped_IsAUsageErrorBeforeAnyWorkWithTheNearestOption()
    {
        var output = NewOutputFolder();

        var result = await CliProcess.RunAsync("check", CliProcess.FixturePath("articles"), "--fial-on", "major", "--out", output);

        Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, "unknown option '--fial-on'; did you mean --fail-on?");
        Assert.IsFalse(Directory.Exists(output), "nothing is checked or written after a usage error");
    }

    [TestMethod]
    public async Task Check_WhenMaxScoreIsNotANumber_SaysWhatToWrite()
    {
        var result = await CliProcess.RunAsync("check", CliProcess.FixturePath("articles"), "--max-score", "abc", "--out", NewOutputFolder());

        Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, "--max-score: 'abc' is not a score");
        Assert.DoesNotContain("System.", result.Stderr);
    }

    [TestMethod]
    public async Task Check_WhenFormatsAreInCapitals_AcceptsThem()
    {
        var output = NewOutputFolder();

        var result = await CliProcess.RunAsync("check", CliProcess.FixturePath("articles"), "-f", "JSON,Html", "--out", output, "-q");

        Assert.AreEqual(ExitCodes.GateFailed, result.ExitCode, result.ToString());
        Assert.IsTrue(File.Exists(Path.Combine(output, "report.json")));
        Assert.IsTrue(File.Exists(Path.Combine(output, "index.html")));
        Assert.IsFalse(File.Exists(Path.Combine(output, "report.sarif")));
        Directory.Delete(output, recursive: true);
    }

    [TestMethod]
    public async Task Check_WhenQuiet_StillPrintsTheFindingsThatFailTheGateAndNothingBelowIt()
    {
        var output = NewOutputFolder();

        var result = await CliProcess.RunAsync("check", CliProcess.FixturePath("articles"), "--out", output, "-q", "--format", "json");

        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.AreEqual(ExitCodes.GateFailed, result.ExitCode, result.ToString());
        Assert.HasCount(2, lines, result.Stdout);
        StringAssert.Contains(lines[0], "dhnet-biden-putin-appel/target.de.txt(4,35): error TQA002: critical:");
        StringAssert.StartsWith(lines[1], "5 articles: 1 fail, 4 pass.");
        Directory.Delete(output, recursive: true);
    }

    [TestMethod]
    public async Task Bench_WhenRunFromAnotherFolder_FindsTheSeedArticlesOrSaysWhatToPass()
    {
        var elsewhere = NewOutputFolder();
        Directory.CreateDirectory(elsewhere);

        using (var run = CliProcess.StartIn(elsewhere, new Dictionary<string, string?>(), "bench", "--articles", "3"))
        {
            var result = await run.WaitAsync(TimeSpan.FromMinutes(2));
            Assert.AreEqual(ExitCodes.Passed, result.ExitCode, result.ToString());
            StringAssert.Contains(result.Stdout, "checked 3 articles");
            // Where the time went: the run's cost and every stage, the rules among them.
            StringAssert.Contains(result.Stdout, $"of {Environment.ProcessorCount} cores busy");
            StringAssert.Contains(result.Stdout, "time in each stage");
            StringAssert.Matches(result.Stdout, new Regex(@"^  (link words|align sentences|back-translate|rule TQA\d{3}) +\d+\.\d\d s +\d+ % \d+ MB allocated$", RegexOptions.Multiline));
        }

        using (var run = CliProcess.StartIn(elsewhere, new Dictionary<string, string?>(), "bench", "--articles", "3", "--from", "nowhere"))
        {
            var result = await run.WaitAsync(TimeSpan.FromMinutes(2));
            Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
            StringAssert.Contains(result.Stderr, "--from nowhere: no readable article to vary; pass --from with a folder of articles");
        }

        Directory.Delete(elsewhere, recursive: true);
    }
}

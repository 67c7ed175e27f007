using System.Text.Json;

namespace TranslationQA.Cli.Tests.Commands;

[TestClass]
public sealed class RuleOptionsTests
{
    // Written for this test: a space before a comma (TQA020), two quotation styles (TQA017), a doubled word (TQA021)
    // and a comment prompt of the web page (TQA012, major).
    private const string Target =
        "Die Polizei sperrte am Abend die Straße , teilte die Stadt mit. Ein Sprecher nannte die Lage „ernst“. "
        + "Ein Anwohner sagte, es sei \"sehr laut\" gewesen. Der Verkehr wurde wurde umgeleitet.\nSchreiben Sie einen Kommentar";

    private string _dir = null!;

    [TestInitialize]
    public void Setup()
    {
        _dir = Path.Combine(Path.GetTempPath(), "tqa-rules-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "street.jsonl"),
            JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = "street", ["sourceLang"] = "en", ["target"] = Target }) + "\n");
    }

    [TestCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);

    [TestMethod]
    public async Task Check_WithoutRuleOptions_FlagsAllThree()
    {
        var (result, report) = await CheckAsync();

        Assert.AreEqual(ExitCodes.Passed, result.ExitCode, result.ToString());
        CollectionAssert.IsSubsetOf(new[] { "TQA017", "TQA020", "TQA021" }, FindingRules(report).ToList());
    }

    [TestMethod]
    [DataRow("--disable", "TQA017,tqa020")]
    [DataRow("--disable", "TQA017", "--disable", " TQA020 ")]
    public async Task Check_WhenRulesAreDisabled_TheyRunNowhereAndNoReportListsThem(params string[] options)
    {
        var (result, report) = await CheckAsync(options);

        Assert.AreEqual(ExitCodes.Passed, result.ExitCode, result.ToString());
        var rules = FindingRules(report).ToList();
        CollectionAssert.DoesNotContain(rules, "TQA017");
        CollectionAssert.DoesNotContain(rules, "TQA020");
        CollectionAssert.Contains(rules, "TQA021", "the other rules still run");
        var listed = report.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        CollectionAssert.DoesNotContain(listed, "TQA017");
        CollectionAssert.Contains(listed, "TQA021");
        var sarif = await File.ReadAllTextAsync(Path.Combine(_dir, "out", "report.sarif"));
        Assert.DoesNotContain("TQA017", sarif);
        Assert.DoesNotContain("TQA020", sarif);
        Assert.DoesNotContain("TQA020", result.Stdout);
    }

    [TestMethod]
    public async Task Check_WhenASeverityIsRaised_TheGateScoreAndEveryReportUseIt()
    {
        var (plain, before) = await CheckAsync();
        var (result, report) = await CheckAsync("--severity", "tqa021=CRITICAL");

        Assert.AreEqual(ExitCodes.GateFailed, result.ExitCode, result.ToString());
        var article = report.GetProperty("articles")[0];
        var doubled = article.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "TQA021");
        Assert.AreEqual("critical", doubled.GetProperty("severity").GetString());
        Assert.AreEqual("fail", article.GetProperty("verdict").GetString());
        Assert.IsGreaterThan(before.GetProperty("articles")[0].GetProperty("score").GetDouble(), article.GetProperty("score").GetDouble());
        var rule = report.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "TQA021");
        Assert.AreEqual("critical", rule.GetProperty("defaultSeverity").GetString());
        StringAssert.Contains(result.Stdout, "error TQA021: critical:");
        using var sarif = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_dir, "out", "report.sarif")));
        var level = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "TQA021").GetProperty("level").GetString();
        Assert.AreEqual("error", level);
        Assert.AreEqual(ExitCodes.Passed, plain.ExitCode, plain.ToString());
    }

    [TestMethod]
    public async Task Check_WhenASeverityIsLowered_TheFindingNoLongerFailsTheGate()
    {
        var (failing, before) = await CheckAsync("--fail-on", "major");
        var (result, report) = await CheckAsync("--fail-on", "major", "--severity", "TQA012=minor");

        Assert.AreEqual(ExitCodes.GateFailed, failing.ExitCode, failing.ToString());
        Assert.AreEqual("major", SeverityOf(before, "TQA012"));
        Assert.AreEqual(ExitCodes.Passed, result.ExitCode, result.ToString());
        Assert.AreEqual("minor", SeverityOf(report, "TQA012"));
        StringAssert.Contains(result.Stdout, "warning TQA012: minor:");
    }

    [TestMethod]
    [DataRow("--disable", "TQA200", "--disable: no rule 'TQA200'; did you mean TQA020?")]
    [DataRow("--disable", "TQA017,spaces", "--disable: no rule 'spaces'")]
    [DataRow("--severity", "TQA01=minor", "--severity: no rule 'TQA01'; did you mean TQA001?")]
    [DataRow("--severity", "TQA001=mjor", "--severity TQA001: 'mjor' is not a severity; choose critical, major or minor (did you mean major?)")]
    [DataRow("--severity", "TQA001", "--severity: 'TQA001' is not RULE=SEVERITY; write e.g. TQA001=minor")]
    public async Task Check_WhenARuleOptionIsWrong_IsAUsageErrorBeforeAnyWork(string option, string value, string message)
    {
        var result = await CliProcess.RunAsync("check", Path.Combine(_dir, "street.jsonl"), "--out", Path.Combine(_dir, "out"), option, value);

        Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, message);
        Assert.IsFalse(Directory.Exists(Path.Combine(_dir, "out")), "no work before the usage error");
    }

    private async Task<(CliResult Result, JsonElement Report)> CheckAsync(params string[] options)
    {
        var output = Path.Combine(_dir, "out");
        var result = await CliProcess.RunAsync(["check", Path.Combine(_dir, "street.jsonl"), "--out", output, "-f", "json,sarif", .. options]);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "report.json")));
        return (result, json.RootElement.Clone());
    }

    private static IEnumerable<string?> FindingRules(JsonElement report) =>
        report.GetProperty("articles")[0].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString());

    private static string? SeverityOf(JsonElement report, string rule) =>
        report.GetProperty("articles")[0].GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("rule").GetString() == rule).GetProperty("severity").GetString();
}

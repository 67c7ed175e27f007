using System.Text.Json;
using TranslationQA.Reporting.Ci;
using TranslationQA.Reporting.Tests.Support;

namespace TranslationQA.Reporting.Tests.Ci;

[TestClass]
public sealed class SarifReportWriterTests
{
    [TestMethod]
    public async Task WriteAsync_WhenSampleRun_WritesValidSarifStructure()
    {
        using var doc = await WriteAsync();
        var root = doc.RootElement;

        Assert.AreEqual("2.1.0", root.GetProperty("version").GetString());
        StringAssert.Contains(root.GetProperty("$schema").GetString(), "sarif-2.1.0");
        var run = root.GetProperty("runs")[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.AreEqual("0.1.0", driver.GetProperty("version").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        CollectionAssert.AreEqual(SampleReports.Rules.Select(r => r.Id).ToList(), rules.Select(r => r.GetProperty("id").GetString()).ToList());
        Assert.AreEqual("error", rules[0].GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.AreEqual("Accuracy/Mistranslation", rules[0].GetProperty("properties").GetProperty("category").GetString());
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.HasCount(SampleReports.Create().Articles.Sum(a => a.Findings.Count), results);
        foreach (var result in results)
        {
            var ruleIndex = result.GetProperty("ruleIndex").GetInt32();
            Assert.AreEqual(rules[ruleIndex].GetProperty("id").GetString(), result.GetProperty("ruleId").GetString());
            Assert.IsFalse(string.IsNullOrEmpty(result.GetProperty("partialFingerprints").GetProperty(SarifReportWriter.FingerprintKey).GetString()));
        }
    }

    [TestMethod]
    public async Task WriteAsync_WhenCriticalFinding_LocatesItWithLevelErrorAndExactRegion()
    {
        using var doc = await WriteAsync();
        var result = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "TQA005");

        Assert.AreEqual("error", result.GetProperty("level").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.AreEqual("samples/wire-ukraine-talks/target.de.txt", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var region = location.GetProperty("region");
        Assert.AreEqual(3, region.GetProperty("startLine").GetInt32());
        Assert.AreEqual(7, region.GetProperty("startColumn").GetInt32());
        Assert.AreEqual(7 + "unterzeichnete".Length, region.GetProperty("endColumn").GetInt32());
        Assert.AreEqual("unterzeichnete", region.GetProperty("snippet").GetProperty("text").GetString());
    }

    [TestMethod]
    public async Task WriteAsync_WhenPathHasSpaces_EscapesUriAndReportsUnreadableArticle()
    {
        using var doc = await WriteAsync();
        var run = doc.RootElement.GetProperty("runs")[0];
        var uris = run.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!).ToList();

        Assert.Contains("samples/markup%20%26%20%3Cb%3Equotes%3C/b%3E/target.de.txt", uris);
        var notes = run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray().ToList();
        Assert.HasCount(1, notes);
        StringAssert.Contains(notes[0].GetProperty("message").GetProperty("text").GetString(), "broken-file");
    }

    [TestMethod]
    public async Task WriteAsync_WhenWrittenTwice_FingerprintsAreIdentical()
    {
        using var first = await WriteAsync();
        using var second = await WriteAsync();

        Assert.AreEqual(Fingerprints(first), Fingerprints(second));
    }

    private static string Fingerprints(JsonDocument doc) => string.Join(",", doc.RootElement.GetProperty("runs")[0].GetProperty("results")
        .EnumerateArray().Select(r => r.GetProperty("partialFingerprints").GetProperty(SarifReportWriter.FingerprintKey).GetString()));

    private static async Task<JsonDocument> WriteAsync()
    {
        using var temp = new TempDir();
        await new SarifReportWriter(temp.Path).WriteAsync(SampleReports.Create(), temp.Path, CancellationToken.None);
        return JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(temp.Path, SarifReportWriter.FileName)));
    }
}

using System.Text.Json;
using TranslationQA.Reporting.Json;
using TranslationQA.Reporting.Tests.Support;

namespace TranslationQA.Reporting.Tests.Json;

[TestClass]
public sealed class JsonReportWriterTests
{
    [TestMethod]
    public async Task WriteAsync_WhenSampleRun_WritesCamelCaseArticlesPairsAndFindings()
    {
        using var temp = new TempDir();
        await new JsonReportWriter(FixedTime.Default).WriteAsync(SampleReports.Create(), temp.Path, CancellationToken.None);
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(temp.Path, JsonReportWriter.FileName)));
        var root = doc.RootElement;

        Assert.AreEqual(2430, root.GetProperty("durationMs").GetInt64());
        Assert.AreEqual(1184, root.GetProperty("stats").GetProperty("charactersTranslated").GetInt64());
        var wire = root.GetProperty("articles").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "wire-ukraine-talks");
        Assert.AreEqual("fail", wire.GetProperty("verdict").GetString());
        Assert.AreEqual(2, wire.GetProperty("counts").GetProperty("critical").GetInt32());
        var pairs = wire.GetProperty("pairs").EnumerateArray().ToList();
        Assert.AreEqual("oneToTwo", pairs[2].GetProperty("kind").GetString());
        Assert.AreEqual("omission", pairs[3].GetProperty("kind").GetString());
        Assert.AreEqual("", pairs[3].GetProperty("targetText").GetString());
        var finding = wire.GetProperty("findings")[0];
        Assert.AreEqual("TQA001", finding.GetProperty("rule").GetString());
        Assert.AreEqual("critical", finding.GetProperty("severity").GetString());
        Assert.AreEqual(32, finding.GetProperty("fingerprint").GetString()!.Length);
        var broken = root.GetProperty("articles")[0];
        Assert.AreEqual("error", broken.GetProperty("verdict").GetString());
        StringAssert.Contains(broken.GetProperty("error").GetString(), "UTF-8");
    }
}

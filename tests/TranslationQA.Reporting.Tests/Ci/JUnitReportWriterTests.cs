using System.Xml.Linq;
using TranslationQA.Core.Model;
using TranslationQA.Reporting.Ci;
using TranslationQA.Reporting.Tests.Support;

namespace TranslationQA.Reporting.Tests.Ci;

[TestClass]
public sealed class JUnitReportWriterTests
{
    [TestMethod]
    public async Task WriteAsync_WhenSampleRun_OneSuitePerArticleWithGateFailures()
    {
        var doc = await WriteAsync(SampleReports.Create());

        var suites = doc.Root!.Elements("testsuite").ToList();
        Assert.HasCount(5, suites);
        var wire = suites.Single(s => (string?)s.Attribute("name") == "wire-ukraine-talks");
        Assert.AreEqual("2", (string?)wire.Attribute("failures"));
        CollectionAssert.AreEquivalent(new[] { "TQA001", "TQA005" }, wire.Descendants("failure").Select(f => (string?)f.Attribute("type")).ToList());
        var clean = suites.Single(s => (string?)s.Attribute("name") == "clean-brief");
        Assert.IsFalse(clean.Descendants("failure").Any() || clean.Descendants("error").Any());
        Assert.HasCount(1, clean.Elements("testcase"));
        var broken = suites.Single(s => (string?)s.Attribute("name") == "broken-file");
        StringAssert.Contains((string?)broken.Element("testcase")!.Element("error")!.Attribute("message"), "not valid UTF-8");
        Assert.AreEqual("2", (string?)doc.Root.Attribute("failures"));
        Assert.AreEqual("1", (string?)doc.Root.Attribute("errors"));
    }

    [TestMethod]
    public async Task WriteAsync_WhenGateIsMinor_EveryFindingFails()
    {
        var report = SampleReports.Create() with { Gate = new QualityGate(Severity.Minor, null) };

        var doc = await WriteAsync(report);

        Assert.AreEqual(report.Articles.Sum(a => a.Findings.Count), doc.Descendants("failure").Count());
    }

    [TestMethod]
    public async Task WriteAsync_WhenScoreAboveLimit_AddsScoreFailure()
    {
        var report = SampleReports.Create() with { Gate = new QualityGate(null, 500) };

        var doc = await WriteAsync(report);

        var failures = doc.Descendants("failure").Select(f => (string?)f.Attribute("type")).ToList();
        CollectionAssert.AreEqual(new[] { "MqmScore" }, failures, "Only wire-ukraine-talks scores above 500.");
    }

    private static async Task<XDocument> WriteAsync(RunReport report)
    {
        using var temp = new TempDir();
        await new JUnitReportWriter().WriteAsync(report, temp.Path, CancellationToken.None);
        return XDocument.Load(Path.Combine(temp.Path, JUnitReportWriter.FileName));
    }
}

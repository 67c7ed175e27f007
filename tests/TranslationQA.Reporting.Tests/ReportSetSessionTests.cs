using System.Text.Json;
using System.Xml.Linq;
using Moq;
using TranslationQA.Core.Model;
using TranslationQA.Reporting.Json;
using TranslationQA.Reporting.Tests.Support;

namespace TranslationQA.Reporting.Tests;

[TestClass]
public sealed class ReportSetSessionTests
{
    private static readonly string[] ReportFiles = ["report.json", "index.html", "report.sarif", "junit.xml", "summary.md"];

    [TestMethod]
    public async Task AddAsync_WhenOneWriterFailsMidRun_OthersCompleteAndNoScratchFileIsLeft()
    {
        var failing = new Mock<IReportSession>();
        failing.Setup(s => s.AddAsync(It.IsAny<ArticleResult>(), 2, It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("disk full"));
        var writer = new Mock<IStreamingReportWriter>();
        writer.SetupGet(w => w.Format).Returns("broken");
        writer.Setup(w => w.Open(It.IsAny<RunStart>(), It.IsAny<string>())).Returns(failing.Object);
        using var temp = new TempDir();
        var report = SampleReports.Create();

        var failures = await WriteAsync(new ReportSet([writer.Object, .. ReportWriters.All(FixedTime.Default)]), report, temp.Path, report.Articles.Count);

        Assert.HasCount(1, failures);
        StringAssert.Contains(failures[0].ToString(), "broken: IOException: disk full");
        failing.Verify(s => s.AddAsync(It.IsAny<ArticleResult>(), 3, It.IsAny<CancellationToken>()), Times.Never);
        failing.Verify(s => s.DisposeAsync(), Times.Once);
        Assert.IsTrue(ReportFiles.All(f => File.Exists(Path.Combine(temp.Path, f))));
        Assert.IsEmpty(Directory.GetFiles(temp.Path, ".*"));
    }

    [TestMethod]
    public async Task AddAsync_WhenAFormatFailsInAFolderOfAnEarlierRun_RemovesThatRunsFileOfTheFormat()
    {
        var failing = new Mock<IReportSession>();
        failing.Setup(s => s.AddAsync(It.IsAny<ArticleResult>(), 1, It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("No space left on device"));
        var sarif = new Mock<IStreamingReportWriter>();
        sarif.SetupGet(w => w.Format).Returns("sarif");
        sarif.Setup(w => w.Open(It.IsAny<RunStart>(), It.IsAny<string>())).Returns(failing.Object);
        using var temp = new TempDir();
        var earlier = Path.Combine(temp.Path, "report.sarif");
        await File.WriteAllTextAsync(earlier, "{\"runs\": []}");
        var report = SampleReports.Create();
        var others = ReportWriters.All(FixedTime.Default).Where(w => w.Format != "sarif");

        var failures = await WriteAsync(new ReportSet([sarif.Object, .. others]), report, temp.Path, report.Articles.Count);

        Assert.HasCount(1, failures);
        Assert.IsFalse(File.Exists(earlier), "the earlier run's SARIF would pass for this run's");
        Assert.IsTrue(File.Exists(Path.Combine(temp.Path, "report.json")));
    }

    [TestMethod]
    public async Task CompleteAsync_WhenStoppedAfterTwoOfFiveArticles_EveryFileIsAWholeReportOfThoseTwo()
    {
        using var temp = new TempDir();

        var failures = await WriteAsync(new ReportSet(ReportWriters.All(FixedTime.Default)), SampleReports.Create(), temp.Path, 2);

        Assert.IsEmpty(failures);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(temp.Path, "report.json")));
        Assert.AreEqual(2, json.RootElement.GetProperty("totals").GetProperty("articles").GetInt32());
        Assert.AreEqual(2, json.RootElement.GetProperty("articles").GetArrayLength());
        using var sarif = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(temp.Path, "report.sarif")));
        Assert.AreEqual(1, sarif.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").GetArrayLength());
        Assert.AreEqual(2, XDocument.Load(Path.Combine(temp.Path, "junit.xml")).Root!.Elements("testsuite").Count());
        Assert.HasCount(2, Directory.GetFiles(Path.Combine(temp.Path, "articles")));
        StringAssert.Contains(await File.ReadAllTextAsync(Path.Combine(temp.Path, "index.html")), "2 articles: 1 could not be checked, 1 pass.");
    }

    [TestMethod]
    public async Task CompleteAsync_WhenNoArticle_WritesTheSameFilesAsAWholeRunOfNone()
    {
        using var temp = new TempDir();
        var empty = SampleReports.Create() with { Articles = [] };
        await WriteAsync(new ReportSet(ReportWriters.All(FixedTime.Default)), empty, Path.Combine(temp.Path, "streamed"), 0);

        var json = JsonSerializer.Serialize(ReportDocumentBuilder.Build(empty, FixedTime.Default.GetUtcNow()), JsonReportWriter.Context.ReportDocument);

        Assert.AreEqual(json, await File.ReadAllTextAsync(Path.Combine(temp.Path, "streamed", "report.json")));
        Assert.AreEqual("0", XDocument.Load(Path.Combine(temp.Path, "streamed", "junit.xml")).Root!.Attribute("tests")!.Value);
        Assert.AreEqual(0, JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(temp.Path, "streamed", "report.sarif")))
            .RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    [TestMethod]
    public async Task DisposeAsync_WhenNotCompleted_LeavesNoReportAndNoScratchFile()
    {
        using var temp = new TempDir();
        var report = SampleReports.Create();
        var session = new ReportSet(ReportWriters.All(FixedTime.Default)).Open(RunStart.Of(report), temp.Path);
        await using (session)
        {
            for (var i = 0; i < 3; i++)
            {
                await session.AddAsync(report.Articles[i], i, CancellationToken.None);
            }
        }

        Assert.IsEmpty(Directory.GetFiles(temp.Path));
    }

    private static async Task<IReadOnlyList<ReportFailure>> WriteAsync(ReportSet set, RunReport report, string folder, int articles)
    {
        var session = set.Open(RunStart.Of(report), folder);
        await using (session)
        {
            for (var i = 0; i < articles; i++)
            {
                await session.AddAsync(report.Articles[i], i, CancellationToken.None);
            }

            return await session.CompleteAsync(RunEnd.Of(report), CancellationToken.None);
        }
    }
}

using Moq;
using TranslationQA.Core.Model;
using TranslationQA.Reporting.Tests.Support;

namespace TranslationQA.Reporting.Tests;

[TestClass]
public sealed class ReportSetTests
{
    [TestMethod]
    public async Task WriteAsync_WhenOneWriterThrows_OthersStillWriteAndFailureIsReturned()
    {
        var broken = new Mock<IReportWriter>();
        broken.SetupGet(w => w.Format).Returns("broken");
        broken.Setup(w => w.WriteAsync(It.IsAny<RunReport>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new IOException("disk full"));
        using var temp = new TempDir();
        var set = new ReportSet([broken.Object, .. ReportWriters.All(FixedTime.Default)]);

        var failures = await set.WriteAsync(SampleReports.Create(), temp.Path, CancellationToken.None);

        Assert.HasCount(1, failures);
        Assert.AreEqual("broken", failures[0].Format);
        StringAssert.Contains(failures[0].ToString(), "disk full");
        foreach (var file in new[] { "report.json", "index.html", "report.sarif", "junit.xml", "summary.md" })
        {
            Assert.IsTrue(File.Exists(Path.Combine(temp.Path, file)), file);
        }
    }

    [TestMethod]
    public async Task WriteAsync_WhenCancelled_Throws()
    {
        using var temp = new TempDir();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsExactlyAsync<OperationCanceledException>(
            () => new ReportSet(ReportWriters.All()).WriteAsync(SampleReports.Create(), temp.Path, cts.Token));
    }

    [TestMethod]
    [DataRow("json")]
    [DataRow("HTML")]
    [DataRow("sarif")]
    [DataRow("junit")]
    [DataRow("md")]
    public void ByName_WhenKnownFormat_ReturnsWriterOfThatFormat(string name) =>
        Assert.AreEqual(name.ToLowerInvariant(), ReportWriters.ByName(name)!.Format);

    [TestMethod]
    public void ByName_WhenUnknownFormat_ReturnsNull() => Assert.IsNull(ReportWriters.ByName("pdf"));
}

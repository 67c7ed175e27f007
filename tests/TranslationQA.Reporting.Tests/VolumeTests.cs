using System.Diagnostics;
using TranslationQA.Reporting.Tests.Support;

namespace TranslationQA.Reporting.Tests;

/// <summary>Writes a 1,000-article run in every format. Asserts completeness only; the elapsed time is logged, not asserted.</summary>
[TestClass]
public sealed class VolumeTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [TestCategory("Volume")]
    public async Task WriteAsync_WhenThousandArticles_WritesEveryPageAndFormat()
    {
        using var temp = new TempDir();
        var report = SampleReports.Many(1000);
        var watch = Stopwatch.StartNew();

        var failures = await new ReportSet(ReportWriters.All(FixedTime.Default)).WriteAsync(report, temp.Path, CancellationToken.None);

        watch.Stop();
        TestContext.WriteLine($"1,000 articles, all formats: {watch.ElapsedMilliseconds} ms");
        Console.WriteLine($"VOLUME: 1,000 articles, all formats: {watch.ElapsedMilliseconds} ms");
        Assert.IsEmpty(failures);
        Assert.HasCount(1000, Directory.GetFiles(Path.Combine(temp.Path, "articles"), "*.html"));
        var index = await File.ReadAllTextAsync(Path.Combine(temp.Path, "index.html"));
        Assert.AreEqual(1000, index.Split("<tr data-verdict=").Length - 1, "Every article is a server-rendered row.");
    }
}

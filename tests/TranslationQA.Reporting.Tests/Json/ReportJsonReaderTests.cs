using TranslationQA.Core.Model;
using TranslationQA.Reporting.Json;
using TranslationQA.Reporting.Tests.Support;

namespace TranslationQA.Reporting.Tests.Json;

[TestClass]
public sealed class ReportJsonReaderTests
{
    [TestMethod]
    public async Task ReadArticlesAsync_WhenAnArticleIsLargerThanTheBuffer_ReadsEveryArticleWhole()
    {
        using var temp = new TempDir();
        var longError = string.Concat(Enumerable.Repeat("Zeile mit ä und \"Anführung\". ", 10_000));
        var report = SampleReports.Many(300) with { Articles = [.. SampleReports.Many(300).Articles, ArticleResult.Failed("huge", "huge/", longError)] };
        await new JsonReportWriter(FixedTime.Default).WriteAsync(report, temp.Path, CancellationToken.None);
        await using var stream = File.OpenRead(Path.Combine(temp.Path, JsonReportWriter.FileName));
        var reader = new ReportJsonReader(stream);

        var header = await reader.ReadHeaderAsync(CancellationToken.None);
        var articles = new List<ArticleDocument>();
        await foreach (var article in reader.ReadArticlesAsync(CancellationToken.None))
        {
            articles.Add(article);
        }

        Assert.AreEqual(301, header.Totals.Articles);
        Assert.AreEqual(report.Rules.Count, header.Rules.Count);
        Assert.HasCount(301, articles);
        Assert.AreEqual("article-00300", articles[299].Id);
        Assert.AreEqual(longError, articles[300].Error);
    }

    [TestMethod]
    public async Task ReadHeaderAsync_WhenTheFileIsCut_ThrowsAJsonError()
    {
        using var stream = new MemoryStream("{\"tool\": \"TranslationQA\", \"rules\": ["u8.ToArray());

        // The reader throws an internal subclass of JsonException, which is what callers catch.
        await Assert.ThrowsAsync<System.Text.Json.JsonException>(() => new ReportJsonReader(stream).ReadHeaderAsync(CancellationToken.None));
    }
}

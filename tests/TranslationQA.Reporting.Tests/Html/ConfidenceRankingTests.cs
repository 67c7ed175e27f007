using System.Text.Json;
using TranslationQA.Core.Model;
using TranslationQA.Reporting.Ci;
using TranslationQA.Reporting.Html;
using TranslationQA.Reporting.Tests.Support;

namespace TranslationQA.Reporting.Tests.Html;

/// <summary>Findings carry the measured precision of their kind: the reports show it and rank by it.</summary>
[TestClass]
public sealed class ConfidenceRankingTests
{
    /// <summary>The sample run with confidences: the last finding of each article the surest.</summary>
    private static RunReport WithConfidences()
    {
        var report = SampleReports.Create();
        return report with
        {
            Articles = [.. report.Articles.Select(a => a with
            {
                Findings = [.. a.Findings.Select((f, i) => f with { Severity = Severity.Major, Confidence = i == a.Findings.Count - 1 ? 0.93 : 0.5 })],
            })],
        };
    }

    [TestMethod]
    public async Task ArticlePage_ListsTheSurestFindingOfASeverityFirst_WithItsConfidence()
    {
        using var temp = new TempDir();
        var report = WithConfidences();
        var article = report.Articles.First(a => a.Findings.Count >= 2);
        await new HtmlReportWriter(FixedTime.Default).WriteAsync(report, temp.Path, CancellationToken.None);

        var page = await File.ReadAllTextAsync(Path.Combine(temp.Path, "articles", SafeId.For(article.Id) + ".html"));

        var last = ArticlePage.N(article.Findings.Count);
        Assert.IsLessThan(page.IndexOf("id=\"finding-1\"", StringComparison.Ordinal), page.IndexOf($"id=\"finding-{last}\"", StringComparison.Ordinal));
        StringAssert.Contains(page, "(confidence 0.93)");
    }

    [TestMethod]
    public async Task Sarif_RanksEachResultByItsConfidence()
    {
        using var temp = new TempDir();
        await new SarifReportWriter(temp.Path).WriteAsync(WithConfidences(), temp.Path, CancellationToken.None);
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(temp.Path, SarifReportWriter.FileName)));

        var ranks = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("rank").GetDouble()).ToList();

        CollectionAssert.IsSubsetOf(new[] { 93.0, 50.0 }, ranks.Distinct().ToList());
    }
}

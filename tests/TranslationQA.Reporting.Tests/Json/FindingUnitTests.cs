using System.Text.Json;
using TranslationQA.Core.Model;
using TranslationQA.Reporting.Ci;
using TranslationQA.Reporting.Html;
using TranslationQA.Reporting.Json;
using TranslationQA.Reporting.Shards;
using TranslationQA.Reporting.Tests.Support;

namespace TranslationQA.Reporting.Tests.Json;

/// <summary>
/// The XLIFF unit of a finding in report.json (and through the merge data a shard merge or a resumed run reads back),
/// on the console and on the article page.
/// </summary>
[TestClass]
public sealed class FindingUnitTests
{
    [TestMethod]
    public void Article_WhenOneFindingNamesItsXliffUnit_WritesItThereOnlyAndAMergeReadsItBack()
    {
        var built = new ArticleBuilder("story")
            .Source("The minister spoke. He left.")
            .Target(("Der Minister sprach.", "The minister spoke."), ("Er ging.", "He went."))
            .Pair([0], [0], 0.9)
            .Finding("Minister", "TQA001", "Accuracy/Mistranslation", Severity.Major, "first")
            .Finding("ging", "TQA001", "Accuracy/Mistranslation", Severity.Major, "second")
            .Build(QualityGate.Default);
        var result = built with { Findings = [built.Findings[0], built.Findings[1] with { Unit = new UnitLocation("u7", "s2", "Er {1}ging{/1}.") }] };

        var json = JsonSerializer.Serialize(ReportDocumentBuilder.Article(result, "offline", mergePosition: 0), ReportJsonContext.Default.ArticleDocument);

        using var doc = JsonDocument.Parse(json);
        var findings = doc.RootElement.GetProperty("findings");
        Assert.IsFalse(findings[0].TryGetProperty("unit", out _), "a finding of a folder article has no unit");
        Assert.AreEqual("u7", findings[1].GetProperty("unit").GetProperty("id").GetString());
        Assert.AreEqual("s2", findings[1].GetProperty("unit").GetProperty("segment").GetString());
        Assert.AreEqual("Er {1}ging{/1}.", findings[1].GetProperty("unit").GetProperty("tagged").GetString());
        var back = MergeData.ToResult(JsonSerializer.Deserialize(json, ReportJsonContext.Default.ArticleDocument)!);
        Assert.IsNull(back.Findings[0].Unit);
        Assert.AreEqual(new UnitLocation("u7", "s2", "Er {1}ging{/1}."), back.Findings[1].Unit);
    }

    [TestMethod]
    public async Task ConsoleAndArticlePage_WhenAFindingNamesItsUnit_ShowTheUnitEncoded()
    {
        var report = SampleReports.Create();
        var article = report.Articles.First(a => a.Findings.Count > 0);
        var unit = new UnitLocation("<b>u7</b>", "s2", "Ein {1}<i>Abkommen</i>{/1}");
        article = article with { Findings = [article.Findings[0] with { Unit = unit }, .. article.Findings.Skip(1)] };
        using var temp = new TempDir();

        await new HtmlReportWriter(FixedTime.Default).WriteAsync(report with { Articles = [article] }, temp.Path, CancellationToken.None);

        var page = await File.ReadAllTextAsync(Path.Combine(temp.Path, "articles", SafeId.For(article.Id) + ".html"));
        StringAssert.Contains(page, "unit &lt;b&gt;u7&lt;/b&gt;, segment s2)");
        StringAssert.Contains(page, "<dt>Unit with its codes</dt><dd lang=\"de\">Ein {1}&lt;i&gt;Abkommen&lt;/i&gt;{/1}</dd>");
        Assert.DoesNotContain("<b>u7", page);
        var line = ConsoleFormatter.Line("story.xlf", null, article.Id, article.Findings[0], QualityGate.Default);
        StringAssert.EndsWith(line, $"[{article.Id}, unit <b>u7</b>, segment s2]");
    }
}

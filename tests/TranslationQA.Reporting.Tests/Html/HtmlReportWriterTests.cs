using System.Text.RegularExpressions;
using TranslationQA.Reporting.Html;
using TranslationQA.Reporting.Tests.Support;

namespace TranslationQA.Reporting.Tests.Html;

[TestClass]
public sealed partial class HtmlReportWriterTests
{
    [TestMethod]
    public async Task WriteAsync_WhenArticleContainsScriptTag_EveryPageEncodesIt()
    {
        using var temp = new TempDir();
        await new HtmlReportWriter(FixedTime.Default).WriteAsync(SampleReports.Create(), temp.Path, CancellationToken.None);

        foreach (var file in Directory.GetFiles(temp.Path, "*.html", SearchOption.AllDirectories))
        {
            var html = await File.ReadAllTextAsync(file);
            Assert.AreEqual(1, ScriptTag().Matches(html).Count, $"{file}: only the report's own inline script may exist.");
            Assert.DoesNotContain("<b>quotes", html, file);
        }

        var page = await File.ReadAllTextAsync(Path.Combine(temp.Path, "articles", SafeId.For("markup & <b>quotes</b>") + ".html"));
        StringAssert.Contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;");
        StringAssert.Contains(page, "markup &amp; &lt;b&gt;quotes&lt;/b&gt;");
    }

    [TestMethod]
    public async Task WriteAsync_WhenWritten_PagesReferenceNothingOutsideThemselves()
    {
        using var temp = new TempDir();
        await new HtmlReportWriter(FixedTime.Default).WriteAsync(SampleReports.Create(), temp.Path, CancellationToken.None);

        foreach (var file in Directory.GetFiles(temp.Path, "*.html", SearchOption.AllDirectories))
        {
            var html = await File.ReadAllTextAsync(file);
            Assert.IsEmpty(ExternalReference().Matches(html), file);
            StringAssert.Contains(html, "@media print");
        }
    }

    [TestMethod]
    public async Task WriteAsync_WhenLexicalGloss_LabelsColumnHonestly()
    {
        using var temp = new TempDir();
        await new HtmlReportWriter(FixedTime.Default).WriteAsync(SampleReports.Create(), temp.Path, CancellationToken.None);

        var gloss = await File.ReadAllTextAsync(Path.Combine(temp.Path, "articles", "wire-ukraine-talks.html"));
        var machine = await File.ReadAllTextAsync(Path.Combine(temp.Path, "articles", SafeId.For("markup & <b>quotes</b>") + ".html"));
        StringAssert.Contains(gloss, "<th scope=\"col\">Lexical gloss (en)</th>");
        StringAssert.Contains(machine, "<th scope=\"col\">Back-translation (en)</th>");
    }

    [TestMethod]
    public async Task WriteAsync_WhenOmission_RowHasEmptyGermanSideLinkedToFinding()
    {
        using var temp = new TempDir();
        await new HtmlReportWriter(FixedTime.Default).WriteAsync(SampleReports.Create(), temp.Path, CancellationToken.None);

        var html = await File.ReadAllTextAsync(Path.Combine(temp.Path, "articles", "wire-ukraine-talks.html"));
        StringAssert.Matches(html, new Regex("<tr id=\"row-4\" class=\"k-omission\">.*<td class=\"empty\"><a class=\"ref row-anchor sev-major\" id=\"mark-4\" href=\"#finding-4\""));
        StringAssert.Contains(html, "<a href=\"#mark-4\">");
    }

    [TestMethod]
    [DataRow("wire-ukraine-talks", "wire-ukraine-talks")]
    [DataRow("Wire Talks", "wire-talks-")]
    [DataRow("../../etc/passwd", "etc-passwd-")]
    [DataRow("ü", "")]
    public void For_WhenIdHasUnsafeCharacters_ReturnsSafeDistinctName(string id, string expectedStart)
    {
        var safe = SafeId.For(id);

        Assert.IsTrue(safe.StartsWith(expectedStart, StringComparison.Ordinal), safe);
        Assert.IsTrue(Regex.IsMatch(safe, "^[a-z0-9_-]+$"), safe);
        Assert.AreNotEqual(SafeId.For(id + "x"), safe);
    }

    [GeneratedRegex("<script[ >]", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex("(src|href)=\"(https?:|//)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}

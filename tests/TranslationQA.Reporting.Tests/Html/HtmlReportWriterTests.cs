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
    public async Task WriteAsync_WhenAFindingIsSuppressed_ShowsItGreyedWithItsJustificationAndDecisionsOnlyWithTheScript()
    {
        using var temp = new TempDir();
        var report = SampleReports.Create();
        var wire = report.Articles.Single(a => a.Id == "wire-ukraine-talks");
        var fingerprint = FindingFingerprint.ForArticle(wire)[0];
        var reviewer = new TranslationQA.Reporting.Review.FindingReviewer(new(1, [new(fingerprint, null, null, null, "the <b>desk</b> checked it", null)]), null);
        await new HtmlReportWriter(FixedTime.Default).WriteAsync(
            report with { Articles = [.. report.Articles.Select(a => reviewer.Apply(a, report.Gate))] }, temp.Path, CancellationToken.None);

        var page = await File.ReadAllTextAsync(Path.Combine(temp.Path, "articles", "wire-ukraine-talks.html"));
        StringAssert.Matches(page, new Regex($"<li class=\"finding sev-\\w+ suppressed\"[^>]* data-fingerprint=\"{fingerprint}\"[^>]* data-justification=\"the &lt;b&gt;desk&lt;/b&gt; checked it\""));
        StringAssert.Contains(page, "<p class=\"justification\">Not an error (suppressed): the &lt;b&gt;desk&lt;/b&gt; checked it</p>");
        // Without the script no button shows: every decision control and the download bar are hidden in the markup.
        Assert.AreEqual(Regex.Matches(page, "<li class=\"finding ").Count, Regex.Matches(page, "<div class=\"decision\" data-decision-controls hidden>").Count);
        StringAssert.Contains(page, "<div class=\"decisions-bar\" data-decisions-bar hidden>");
        var index = await File.ReadAllTextAsync(Path.Combine(temp.Path, "index.html"));
        StringAssert.Contains(index, $"<ul data-suppressions hidden><li data-article=\"wire-ukraine-talks\" data-fingerprint=\"{fingerprint}\"");
        StringAssert.Contains(index, "and 1 suppressed");
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

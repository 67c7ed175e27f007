using System.Text;
using TranslationQA.Core.Model;
using TranslationQA.Reporting.Ci;
using TranslationQA.Reporting.Tests.Support;

namespace TranslationQA.Reporting.Tests.Ci;

[TestClass]
public sealed class MarkdownSummaryWriterTests
{
    [TestMethod]
    public void Render_WhenRunIsHuge_StaysUnderCapAndSaysItTruncated()
    {
        var failed = Enumerable.Range(0, 20_000)
            .Select(i => ArticleResult.Failed($"article-{i:D5}-{new string('x', 60)}", $"in/{i}.txt", new string('e', 80))).ToList();
        var report = SampleReports.Create() with { Articles = failed };
        var writer = new MarkdownSummaryWriter();

        var markdown = writer.Render(report);

        Assert.IsLessThanOrEqualTo(MarkdownSummaryWriter.DefaultMaxBytes, Encoding.UTF8.GetByteCount(markdown));
        Assert.IsLessThan(1024 * 1024, Encoding.UTF8.GetByteCount(markdown));
        StringAssert.Contains(markdown, "more failing articles not shown");
        StringAssert.Contains(markdown, "Full details");
    }

    [TestMethod]
    public void Render_WhenSmallCap_TruncatesFindings()
    {
        var markdown = new MarkdownSummaryWriter(1600).Render(SampleReports.Create());

        Assert.IsLessThanOrEqualTo(1600, Encoding.UTF8.GetByteCount(markdown));
        StringAssert.Contains(markdown, "Truncated");
    }

    [TestMethod]
    public void Render_WhenSampleRun_ListsFailuresWithoutTruncation()
    {
        var markdown = new MarkdownSummaryWriter().Render(SampleReports.Create());

        StringAssert.Contains(markdown, "| wire-ukraine-talks | fail |");
        Assert.DoesNotContain("Truncated", markdown);
        Assert.DoesNotContain("<script>", markdown);
    }

    [TestMethod]
    [DataRow("a|b", "a\\|b")]
    [DataRow("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;")]
    [DataRow("line\nbreak", "line break")]
    [DataRow("*bold*", "\\*bold\\*")]
    public void Escape_WhenCellTextHasMarkup_NeutralisesIt(string text, string expected) =>
        Assert.AreEqual(expected, MarkdownSummaryWriter.Escape(text));
}

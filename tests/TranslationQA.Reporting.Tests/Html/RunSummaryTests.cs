using TranslationQA.Reporting.Html;
using TranslationQA.Reporting.Tests.Support;

namespace TranslationQA.Reporting.Tests.Html;

[TestClass]
public sealed class RunSummaryTests
{
    [TestMethod]
    public void Sentence_WhenSampleRun_DescribesRunInPlainWords() =>
        Assert.AreEqual("5 articles: 1 fail, 1 could not be checked, 3 pass. 8 findings (2 critical, 3 major, 3 minor) in 2 seconds.",
            RunSummary.Sentence(SampleReports.Create()));

    [TestMethod]
    [DataRow(300, "under a second")]
    [DataRow(65_000, "1 minute, 5 seconds")]
    [DataRow(3_600_000, "1 hour")]
    public void Duration_WhenGiven_UsesWords(int milliseconds, string expected) =>
        Assert.AreEqual(expected, RunSummary.Duration(TimeSpan.FromMilliseconds(milliseconds)));
}

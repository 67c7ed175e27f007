using TranslationQA.Core.Evaluation;

namespace TranslationQA.Core.Tests.Evaluation;

[TestClass]
public sealed class MetricsTests
{
    [TestMethod]
    public void Figures_OfAKnownConfusion_AreTheTextbookOnes()
    {
        // 100 lines, 20 bad; 15 flagged of which 10 bad; 70 clean lines of which 3 flagged.
        var m = new Metrics(100, 20, 15, 10, 70, 3);

        Assert.AreEqual(10.0 / 15, m.Precision, 1e-9);
        Assert.AreEqual(0.5, m.Recall, 1e-9);
        Assert.AreEqual(3.0 / 70, m.FalsePositiveRate, 1e-9);
        Assert.AreEqual(0.2, m.Prevalence, 1e-9);
        // tp 10, fp 5, fn 10, tn 75: (750 - 50) / sqrt(15 * 20 * 80 * 85)
        Assert.AreEqual(700 / Math.Sqrt(15.0 * 20 * 80 * 85), m.Mcc, 1e-9);
    }

    [TestMethod]
    public void Mcc_WhenNothingIsFlagged_IsZeroNotNaN()
    {
        Assert.AreEqual(0, new Metrics(10, 2, 0, 0, 8, 0).Mcc);
    }

    [TestMethod]
    [DataRow("abcnews.420102")]
    [DataRow("ced-dev-00001")]
    public void SplitHalf_IsTheSameOnEveryCall(string document)
    {
        Assert.AreEqual(SplitHalf.Of(document), SplitHalf.Of(new string(document.ToCharArray())));
    }

    [TestMethod]
    public void SplitHalf_OfManyDocuments_PutsAboutHalfInEachHalf()
    {
        var tune = Enumerable.Range(0, 2000).Count(i => SplitHalf.Of($"doc-{i}") == SplitHalf.Tune);

        Assert.IsInRange(900, 1100, tune);
    }

    [TestMethod]
    public void Auc_RanksPerfectlySeparatedScoresAtOneAndTiesAtAHalf()
    {
        Assert.AreEqual(1.0, DiffGaps.Auc([(true, 0.9), (true, 0.8), (false, 0.1), (false, 0.2)]), 1e-9);
        Assert.AreEqual(0.5, DiffGaps.Auc([(true, 0.5), (false, 0.5)]), 1e-9);
    }
}

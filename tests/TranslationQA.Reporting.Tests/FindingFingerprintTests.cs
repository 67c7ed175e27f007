using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Tests;

[TestClass]
public sealed class FindingFingerprintTests
{
    [TestMethod]
    public void Compute_WhenOnlyCaseOrSpacingDiffers_IsEqual() =>
        Assert.AreEqual(FindingFingerprint.Compute("TQA001", "a", "Gepanzerte  Fahrzeuge", 0),
            FindingFingerprint.Compute("TQA001", "a", " gepanzerte Fahrzeuge\n", 0));

    [TestMethod]
    [DataRow("TQA002", "a", "x", 0)]
    [DataRow("TQA001", "b", "x", 0)]
    [DataRow("TQA001", "a", "y", 0)]
    [DataRow("TQA001", "a", "x", 1)]
    public void Compute_WhenAnyKeyPartDiffers_Differs(string rule, string article, string text, int occurrence) =>
        Assert.AreNotEqual(FindingFingerprint.Compute("TQA001", "a", "x", 0), FindingFingerprint.Compute(rule, article, text, occurrence));

    [TestMethod]
    public void ForArticle_WhenSameTextRepeatsAtOtherOffsets_NumbersOccurrencesAndIgnoresOffsets()
    {
        Finding At(int offset) => new("TQA004", "Accuracy/Addition", Severity.Minor, new TextSpan(offset, 4, 1, offset + 1), "Menü", null, null, "m");
        ArticleResult Article(params int[] offsets) => new("x", "x.txt", null, [.. offsets.Select(At)], 10, 0, Verdict.Pass);

        var before = FindingFingerprint.ForArticle(Article(5, 40));
        var shifted = FindingFingerprint.ForArticle(Article(12, 47));

        Assert.AreNotEqual(before[0], before[1]);
        CollectionAssert.AreEqual(before.ToList(), shifted.ToList());
    }
}

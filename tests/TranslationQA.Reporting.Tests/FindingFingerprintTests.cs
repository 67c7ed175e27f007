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

    [TestMethod]
    public void ForArticle_WhenOtherFindingsAppearOrDisappear_KeepsTheFingerprintsOfTheRest()
    {
        Finding F(string rule, string text, int offset) => new(rule, "Accuracy", Severity.Minor, new TextSpan(offset, text.Length, 1, offset + 1), text, null, null, "m");
        ArticleResult Article(params Finding[] findings) => new("x", "x.txt", null, findings, 10, 0, Verdict.Pass);
        var avocado = F("TQA002", "Avocado", 46);
        var lille = F("TQA003", "Lille", 120);

        var before = FindingFingerprint.ForArticle(Article(avocado, lille));
        var withAnother = FindingFingerprint.ForArticle(Article(F("TQA011", "Lyon, 12. Mai (AFP).", 0), avocado with { Span = avocado.Span with { Offset = 70 } }, lille));
        var withoutLille = FindingFingerprint.ForArticle(Article(avocado));
        var otherWords = FindingFingerprint.ForArticle(Article(F("TQA002", "Avocados", 46), lille));

        CollectionAssert.AreEqual(before.ToList(), withAnother.Skip(1).ToList());
        Assert.AreEqual(before[0], withoutLille[0]);
        Assert.AreNotEqual(before[0], otherWords[0]);
        Assert.AreEqual(before[1], otherWords[1]);
    }
}

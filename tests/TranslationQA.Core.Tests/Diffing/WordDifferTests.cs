using TranslationQA.Core.Diffing;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Tests.Diffing;

[TestClass]
public sealed class WordDifferTests
{
    private readonly WordDiffer _differ = new();

    private static string Join(SentenceDiff diff, params DiffOperation[] ops) =>
        string.Concat(diff.Pieces.Where(p => ops.Contains(p.Operation)).Select(p => p.Text));

    private static string Changed(SentenceDiff diff, DiffOperation op) =>
        string.Join("|", diff.Pieces.Where(p => p.Operation == op && !string.IsNullOrWhiteSpace(p.Text)).Select(p => p.Text));

    [TestMethod]
    [DataRow("The talks begin on Jan. 10 in Geneva.", "The conversations begin on 10 January in Geneva.")]
    [DataRow("„Wir sind bereit“, sagte er.", "\"We are ready,\" he said.")]
    [DataRow("  Leading and   double  spaces ", "Leading and double spaces")]
    [DataRow("", "Only new text.")]
    [DataRow("Only old text.", "")]
    [DataRow("«Nous venons», a-t-il dit.", "« We come », has he said.")]
    public void Diff_WhenAnyTexts_PiecesRejoinToBothSides(string source, string backTranslation)
    {
        var diff = _differ.Diff(source, backTranslation);

        Assert.AreEqual(source, Join(diff, DiffOperation.Equal, DiffOperation.Deleted));
        Assert.AreEqual(backTranslation, Join(diff, DiffOperation.Equal, DiffOperation.Inserted));
    }

    [TestMethod]
    public void Diff_WhenWordReplaced_ReportsOnlyThatWord()
    {
        var diff = _differ.Diff("Russia massed 100,000 troops at the border.", "Russia massed 10,000 troops at the border.");

        Assert.AreEqual("100,000", Changed(diff, DiffOperation.Deleted));
        Assert.AreEqual("10,000", Changed(diff, DiffOperation.Inserted));
    }

    [TestMethod]
    public void Diff_WhenQuotesDiffer_QuoteMarksAreSeparatePieces()
    {
        var diff = _differ.Diff("He said “no”.", "He said \"no\".");

        Assert.AreEqual("“|”", Changed(diff, DiffOperation.Deleted));
        Assert.AreEqual("\"|\"", Changed(diff, DiffOperation.Inserted));
        Assert.IsTrue(diff.Pieces.Any(p => p is { Operation: DiffOperation.Equal, Text: "no" }));
    }

    [TestMethod]
    public void Diff_WhenOnlyCaseDiffers_WordIsReplacedButNeighboursStayEqual()
    {
        var diff = _differ.Diff("Foreign Minister Lavrov", "foreign minister Lavrov");

        Assert.AreEqual("Foreign|Minister", Changed(diff, DiffOperation.Deleted));
        Assert.AreEqual("foreign|minister", Changed(diff, DiffOperation.Inserted));
        Assert.AreEqual(" Lavrov", diff.Pieces[^1].Text);
        Assert.AreEqual(DiffOperation.Equal, diff.Pieces[^1].Operation);
    }

    [TestMethod]
    public void Diff_WhenWordsAreUnchanged_JoinsTheirRunIntoOneEqualPiece()
    {
        var diff = _differ.Diff("Biden warned of severe sanctions.", "Biden warned of sanctions.");

        Assert.AreEqual("Biden warned of ", diff.Pieces[0].Text);
        Assert.AreEqual(DiffOperation.Equal, diff.Pieces[0].Operation);
        Assert.AreEqual(1, diff.Pieces.Count(p => p.Operation == DiffOperation.Deleted && p.Text == "severe"));
    }

    [TestMethod]
    public void Diff_WhenWordOmitted_ReportsDeletion()
    {
        var diff = _differ.Diff("Biden warned of severe sanctions.", "Biden warned of sanctions.");

        Assert.AreEqual("severe", Changed(diff, DiffOperation.Deleted));
        Assert.AreEqual(string.Empty, Changed(diff, DiffOperation.Inserted));
    }
}

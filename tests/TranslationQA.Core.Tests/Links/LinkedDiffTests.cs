using TranslationQA.Core.Links;
using TranslationQA.Core.Model;
using TranslationQA.Core.Tests.Checks;

namespace TranslationQA.Core.Tests.Links;

[TestClass]
public sealed class LinkedDiffTests
{
    private static SentenceDiff Diff(ArticleAnalysis analysis)
    {
        var (source, gloss) = LinkedSequence.Build(analysis.Links[0], analysis.SourceSentences);
        return new Core.Diffing.WordDiffer().Diff(source, gloss);
    }

    [TestMethod]
    public void Diff_WhenGermanPutsTheVerbLast_MarksNothingForTheOrder()
    {
        var analysis = new AnalysisBuilder("Der Rat hat das Denkmal entfernt.", "The council removed the monument.")
            .Gloss(0, "Rat", TokenKind.Word, "council").Gloss(0, "Denkmal", TokenKind.Word, "monument").Gloss(0, "entfernt", TokenKind.Word, "remove")
            .PairOneToOne().Build();

        var diff = Diff(analysis);

        Assert.IsTrue(diff.Pieces.All(p => p.Operation == DiffOperation.Equal), string.Join("|", diff.Pieces));
        Assert.AreEqual("The council removed the monument.", string.Concat(diff.Pieces.Select(p => p.Text)));
    }

    [TestMethod]
    public void Diff_WhenASourceWordHasNoCounterpartAndAGermanWordNoSource_DeletesOneAndInsertsTheOthersGloss()
    {
        var analysis = new AnalysisBuilder("Biden bietet Putin im Berufungsverfahren einen Kanal an.", "Biden offers Putin a channel in a call.")
            .Gloss(0, "Biden", TokenKind.Name, "biden").Gloss(0, "bietet", TokenKind.Word, "offer").Gloss(0, "Putin", TokenKind.Name, "putin")
            .Gloss(0, "Berufungsverfahren", TokenKind.Word, "appeal proceedings").Gloss(0, "Kanal", TokenKind.Word, "channel")
            .PairOneToOne().Build();

        var diff = Diff(analysis);

        CollectionAssert.AreEqual(new[] { "call" }, diff.Pieces.Where(p => p.Operation == DiffOperation.Deleted).Select(p => p.Text).ToList());
        CollectionAssert.AreEqual(new[] { " appeal proceedings" }, diff.Pieces.Where(p => p.Operation == DiffOperation.Inserted).Select(p => p.Text).ToList());
        Assert.AreEqual(analysis.SourceSentences[0].Text, string.Concat(diff.Pieces.Where(p => p.Operation != DiffOperation.Inserted).Select(p => p.Text)));
    }

    [TestMethod]
    public void GuidedGloss_PicksTheSenseThatRendersTheSource_AndKeepsTheUsualOneElsewhere()
    {
        var analysis = new AnalysisBuilder("Das Gericht hörte den Anruf.", "The court heard the call.")
            .Gloss(0, "Gericht", TokenKind.Word, "dish", "court")
            .Gloss(0, "Anruf", TokenKind.Word, "phone call", "call")
            .Gloss(0, "hörte", TokenKind.Word, "listen")
            .PairOneToOne().Build();

        var glossed = GuidedGloss.Apply(analysis.BackTranslations, analysis.Links);

        Assert.AreEqual("court listen phone call", glossed[0].Text);
    }
}

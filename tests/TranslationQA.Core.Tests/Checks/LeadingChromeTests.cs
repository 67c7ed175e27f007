using TranslationQA.Core.Checks;
using TranslationQA.Core.Model;
using TranslationQA.Core.Segmentation;

namespace TranslationQA.Core.Tests.Checks;

[TestClass]
public sealed class LeadingChromeTests
{
    private static List<Finding> Residue(string german, string? source)
    {
        var segmenter = new RuleBasedSentenceSegmenter();
        var target = segmenter.Segment(german, "de");
        var sourceSentences = source is null ? [] : segmenter.Segment(source, "en");
        // The first target sentence has no source; the rest pair one to one, as the aligner would bead them.
        List<AlignedPair> pairs = source is null ? [] :
            [new AlignedPair([], [0], 0), .. Enumerable.Range(1, target.Count - 1).Select(t => new AlignedPair([t - 1], [t], 0.8))];
        var analysis = new ArticleAnalysis(new Article("a", "en", "de", source, german, "a/target.de.txt"), sourceSentences, target,
            [.. target.Select(_ => new SentenceBackTranslation("", []))], pairs, [.. pairs.Select(_ => new SentenceDiff([]))], "en", true);
        return [.. new PageResidueCheck().Run(analysis)];
    }

    [TestMethod]
    public void Run_WhenShortUnalignedLineStandsAboveTheHeadline_ReportsItAsPageResidue()
    {
        var findings = Residue("Suche Mich Jetzt\n\nBiden bietet Putin einen Kanal an\n\nDas Gespräch findet am Donnerstag statt.",
            "Biden offers Putin a channel\n\nThe call takes place on Thursday.");

        var finding = findings.Single();
        Assert.AreEqual("Suche Mich Jetzt", finding.TargetText);
        Assert.AreEqual(Severity.Critical, finding.Severity);
        Assert.AreEqual(1, finding.Span.Line);
    }

    [TestMethod]
    public void Run_WhenThereIsNoSource_LeavesTheLineToTheVocabularyRules()
    {
        Assert.IsEmpty(Residue("Suche Mich Jetzt\n\nBiden bietet Putin einen Kanal an\n\nDas Gespräch findet am Donnerstag statt.", null));
    }

    [TestMethod]
    public void Run_WhenTheLineAboveTheHeadlineIsASentence_DoesNotCallItResidue()
    {
        var findings = Residue("Der Westen ringt seit Wochen um eine gemeinsame Linie gegenüber Moskau.\n\nBiden bietet Putin einen Kanal an\n\nDas Gespräch findet am Donnerstag statt.",
            "Biden offers Putin a channel\n\nThe call takes place on Thursday.");

        Assert.IsEmpty(findings);
    }
}

using TranslationQA.Core.Checks.Mistranslation;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Tests.Checks;

[TestClass]
public sealed class MistranslationCheckTests
{
    private const string Source = "Biden offers Putin 'diplomatic channel' on Ukraine in call on Thursday";
    private const string Wrong = "Biden bietet Putin im Berufungsverfahren am Donnerstag einen „diplomatischen Kanal“ zur Ukraine an";
    private const string Right = "Biden bietet Putin im Telefonat am Donnerstag einen „diplomatischen Kanal“ zur Ukraine an";

    private static AnalysisBuilder Headline(string target, string callWord, params string[] callGlosses) =>
        Glossed(new AnalysisBuilder(target, Source), callWord, callGlosses).PairOneToOne();

    private static AnalysisBuilder Glossed(AnalysisBuilder builder, string callWord, params string[] callGlosses) =>
        builder
            .Gloss(0, "Biden", TokenKind.Name, "biden")
            .Gloss(0, "bietet", TokenKind.Word, "offer", "bid")
            .Gloss(0, "Putin", TokenKind.Name, "putin")
            .Gloss(0, callWord, TokenKind.Word, callGlosses)
            .Gloss(0, "Donnerstag", TokenKind.Word, "thursday")
            .Gloss(0, "diplomatischen", TokenKind.Word, "diplomatic")
            .Gloss(0, "Kanal", TokenKind.Word, "channel", "canal")
            .Gloss(0, "Ukraine", TokenKind.Name, "ukraine");

    [TestMethod]
    public void Run_WhenCallRenderedAsAppealProceedings_FlagsGermanWordWithSourceEvidence()
    {
        var analysis = Headline(Wrong, "Berufungsverfahren", "appeal proceedings", "appeal procedure").Build();

        var finding = new MistranslationCheck().Run(analysis).Single();

        Assert.AreEqual("Berufungsverfahren", finding.TargetText);
        Assert.AreEqual(analysis.Article.Target.Substring(finding.Span.Offset, finding.Span.Length), finding.TargetText);
        Assert.AreEqual("call", finding.SourceText);
        Assert.AreEqual("appeal proceedings", finding.BackTranslation);
        Assert.AreEqual(Severity.Critical, finding.Severity, "proposed; the calibration decides what it keeps");
        Assert.AreEqual("TQA001.single", finding.EvidenceKey, "a one-line article has no headline to tell apart");
    }

    [TestMethod]
    public void Run_WhenWrongSenseInTheHeadlineOfALongerArticle_HasTheHeadlineClass()
    {
        var builder = Glossed(new AnalysisBuilder(Wrong + "\nZweite Zeile.", Source + "\nSecond line."), "Berufungsverfahren", "appeal proceedings")
            .PairOneToOne();

        var finding = new MistranslationCheck().Run(builder.Build()).Single();

        Assert.AreEqual("TQA001.single-headline", finding.EvidenceKey);
    }

    [TestMethod]
    public void Run_WhenCallRenderedAsTelefonat_FindsNothing()
    {
        var analysis = Headline(Right, "Telefonat", "phone call", "telephone conversation").Build();

        Assert.IsFalse(new MistranslationCheck().Run(analysis).Any());
    }

    [TestMethod]
    public void Run_WhenGermanWordHasNoGlosses_FindsNothingBecauseEvidenceIsOneSided()
    {
        var analysis = Headline(Wrong, "Berufungsverfahren").Build();

        Assert.IsFalse(new MistranslationCheck().Run(analysis).Any());
    }

    [TestMethod]
    public void Run_WhenPairHasSeveralGlossGaps_FindsNothingBecauseGapsAreDictionaryNoise()
    {
        const string source = "Biden offers Putin 'diplomatic channel' on Ukraine in talks on Thursday";
        var analysis = new AnalysisBuilder("Biden bietet Putin im Gespräch am Donnerstag einen Kanal zur Ukraine", source)
            .Gloss(0, "Biden", TokenKind.Name, "biden")
            .Gloss(0, "bietet", TokenKind.Word, "bid")
            .Gloss(0, "Gespräch", TokenKind.Word, "conversation")
            .Gloss(0, "Donnerstag", TokenKind.Word, "thursday")
            .Gloss(0, "Kanal", TokenKind.Word, "canal")
            .PairOneToOne().Build();

        Assert.IsFalse(new MistranslationCheck().Run(analysis).Any());
    }

    [TestMethod]
    public void Run_WhenOnlyUnexplainedWordIsAPlaceName_FindsNothing()
    {
        const string source = "Biden offers Putin 'diplomatic channel' on Ukraine in call on Thursday";
        var analysis = new AnalysisBuilder("Biden bietet Putin in Kiew am Donnerstag einen „diplomatischen Kanal“ an", source)
            .Gloss(0, "Biden", TokenKind.Name, "biden")
            .Gloss(0, "bietet", TokenKind.Word, "offer")
            .Gloss(0, "Kiew", TokenKind.Word, "kiev")
            .Gloss(0, "Donnerstag", TokenKind.Word, "thursday")
            .Gloss(0, "diplomatischen", TokenKind.Word, "diplomatic")
            .Gloss(0, "Kanal", TokenKind.Word, "channel")
            .PairOneToOne().Build();

        Assert.IsFalse(new MistranslationCheck().Run(analysis).Any());
    }

    [TestMethod]
    public void Run_WhenWrongSenseOutsideTheHeadline_HasTheEvidenceClassOfTheBody()
    {
        var builder = new AnalysisBuilder("Erste Zeile.\nZweite Zeile.\nDritte Zeile.\nVierte Zeile.\n" + Wrong, "One.\nTwo.\nThree.\nFour.\n" + Source);
        builder.Gloss(4, "Biden", TokenKind.Name, "biden")
            .Gloss(4, "Putin", TokenKind.Name, "putin")
            .Gloss(4, "Ukraine", TokenKind.Name, "ukraine")
            .Gloss(4, "bietet", TokenKind.Word, "offer")
            .Gloss(4, "Berufungsverfahren", TokenKind.Word, "appeal proceedings")
            .Gloss(4, "Donnerstag", TokenKind.Word, "thursday")
            .Gloss(4, "diplomatischen", TokenKind.Word, "diplomatic")
            .Gloss(4, "Kanal", TokenKind.Word, "channel")
            .Pair([4], [4]);

        var finding = new MistranslationCheck().Run(builder.Build()).Single();

        Assert.AreEqual("Berufungsverfahren", finding.TargetText);
        Assert.AreEqual("TQA001.single", finding.EvidenceKey);
    }
}

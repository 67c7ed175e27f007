using TranslationQA.Core.Checks.Typography;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Tests.Checks;

[TestClass]
public sealed class TypographyChecksTests
{
    [TestMethod]
    [DataRow("Sie seien auf das Schlimmste gefasst.Blinken übermittelte die Position.", "gefasst.Blinken")]
    [DataRow("Das sagte er.„Wir bleiben dabei“, fügte er hinzu.", "er.„Wir")]
    public void MissingSpace_WhenSentencesGlued_FlagsTheJoin(string text, string expected)
    {
        var finding = new MissingSpaceCheck().Run(new AnalysisBuilder(text).Build()).Single();

        Assert.AreEqual(expected, finding.TargetText);
    }

    [TestMethod]
    [DataRow("Die Quelle ist www.dhnet.be und z.B. auch die U.S. Army.")]
    [DataRow("Der Wert stieg auf 1,5 Prozent. Danach fiel er.")]
    [DataRow("Mehr auf Spiegel.de heute.")]
    public void MissingSpace_WhenAbbreviationOrDomain_FindsNothing(string text) =>
        Assert.IsFalse(new MissingSpaceCheck().Run(new AnalysisBuilder(text).Build()).Any());

    [TestMethod]
    [DataRow("Blinken hinzugefügt. .", ". .")]
    [DataRow("Er sagte,, es sei gut.", ",,")]
    public void DoubledPunctuation_WhenRepeated_Flags(string text, string expected) =>
        Assert.AreEqual(expected, new DoubledPunctuationCheck().Run(new AnalysisBuilder(text).Build()).Single().TargetText);

    [TestMethod]
    [DataRow("Und dann ... kam nichts.")]
    [DataRow("Die Truppen (Russen, Anm. d. Red.) kehren zurück.")]
    [DataRow("Es gab usw., aber nicht mehr.")]
    public void DoubledPunctuation_WhenEllipsisOrAbbreviation_FindsNothing(string text) =>
        Assert.IsFalse(new DoubledPunctuationCheck().Run(new AnalysisBuilder(text).Build()).Any());

    [TestMethod]
    public void SpaceBeforePunctuation_WhenSpaceBeforeComma_FlagsIt()
    {
        var finding = new SpaceBeforePunctuationCheck().Run(new AnalysisBuilder("Er kam , sah und siegte.").Build()).Single();

        Assert.AreEqual(" ,", finding.TargetText);
    }

    [TestMethod]
    public void SpaceBeforePunctuation_WhenSpaceBeforeQuoteOrDash_FindsNothing() =>
        Assert.IsFalse(new SpaceBeforePunctuationCheck().Run(new AnalysisBuilder("Er sagte – wie erwartet – „nein“ .. nicht.").Build())
            .Any(f => f.TargetText != " .."));

    [TestMethod]
    public void MixedQuotes_WhenOneQuoteInEnglishStyle_FlagsTheMinorityQuote()
    {
        var text = "„Wir bleiben dabei“, sagte er.\n„Das ist klar“, sagte sie.\n“Die Lage ist ernst”, klagte er.";

        var finding = new MixedQuotesCheck().Run(new AnalysisBuilder(text).Build()).Single();

        Assert.AreEqual("“Die Lage ist ernst”", finding.TargetText);
        Assert.AreEqual(3, finding.Span.Line);
    }

    [TestMethod]
    public void MixedQuotes_WhenOnlyGermanQuotes_FindsNothing() =>
        Assert.IsFalse(new MixedQuotesCheck().Run(new AnalysisBuilder("„Eins“ und „zwei“.\n»Drei« ist anders? Nein: „vier“.").Build())
            .Any(f => f.Span.Line == 1));

    [TestMethod]
    [DataRow("Er sagte: „Wir kommen morgen.", "„")]
    [DataRow("Die Krim (annektiert 2014 gehört zur Ukraine.", "(")]
    [DataRow("Das war alles“, sagte er.", "“")]
    public void Unbalanced_WhenMarkNotClosed_FlagsIt(string text, string mark)
    {
        var findings = new UnbalancedPairsCheck().Run(new AnalysisBuilder(text).Build()).ToList();

        Assert.AreEqual(mark, findings.Single().TargetText);
    }

    [TestMethod]
    public void Unbalanced_WhenNestedPairsClose_FindsNothing() =>
        Assert.IsFalse(new UnbalancedPairsCheck().Run(new AnalysisBuilder("„Die Ordnung (für die) Welt“, sagte er. »Gut«, so sie.").Build()).Any());

    [TestMethod]
    public void DoubledWord_WhenNonArticleRepeated_FlagsIt() =>
        Assert.AreEqual("nach nach", new DoubledWordCheck().Run(new AnalysisBuilder("Er reist nach nach Kiew.").Build()).Single().TargetText);

    [TestMethod]
    public void DoubledWord_WhenArticleRepeated_FindsNothing() =>
        Assert.IsFalse(new DoubledWordCheck().Run(new AnalysisBuilder("Die Länder, die die Sanktionen tragen, zahlen.").Build()).Any());

    [TestMethod]
    public void Finding_SpanAlwaysMatchesTargetText()
    {
        var analysis = new AnalysisBuilder("Zeile eins.\nEr kam , sah.Dann ging er. .").Build();

        foreach (var f in new MissingSpaceCheck().Run(analysis).Concat(new SpaceBeforePunctuationCheck().Run(analysis)))
        {
            Assert.AreEqual(analysis.Article.Target.Substring(f.Span.Offset, f.Span.Length), f.TargetText);
            Assert.AreEqual(Severity.Minor, f.Severity);
        }
    }
}

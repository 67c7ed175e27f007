using TranslationQA.Translation.Offline;

namespace TranslationQA.Translation.Tests.Offline;

/// <summary>Headwords read out of Ding synonyms, on lines as the Debian file writes them.</summary>
[TestClass]
public sealed class DingHeadwordTests
{
    [TestMethod]
    [DataRow("auf etw. (in Zukunft) verzichten {vi}", "verzichten")]
    [DataRow("sich einer Sache enthalten {vr}", "enthalten")]
    [DataRow("mit jdm. etw. besprechen {vt}", "besprechen")]
    public void Of_WhenVerbWithPrepositionalObject_ReturnsTheVerbAsReduced(string raw, string verb) =>
        Assert.AreEqual((verb, true), DingHeadword.Of(raw, verbPart: true));

    [TestMethod]
    [DataRow("jdn. in Anspruch nehmen", "in Anspruch nehmen")]
    [DataRow("Berufung einlegen", "Berufung einlegen")]
    public void Of_WhenPrepositionGovernsANoun_KeepsThePhrase(string raw, string phrase) =>
        Assert.AreEqual((phrase, false), DingHeadword.Of(raw, verbPart: true));

    [TestMethod]
    public void Of_WhenNotAVerbEntry_KeepsThePreposition() =>
        Assert.AreEqual(("auf verzichten", false), DingHeadword.Of("auf etw. verzichten", verbPart: false));

    [TestMethod]
    public void Of_WhenSuffixEntry_ReturnsTheSuffixAsReduced() =>
        Assert.AreEqual(("jährig", true), DingHeadword.Of("…jährig", verbPart: false));

    [TestMethod]
    public void Of_WhenNounWithArticle_DropsTheArticle() =>
        Assert.AreEqual(("Polizei", true), DingHeadword.Of("die Polizei {f}", verbPart: false));

    [TestMethod]
    public void Of_WhenArticleStartsAnAdverbialPhrase_KeepsIt() =>
        Assert.AreEqual(("der Reihe nach", false), DingHeadword.Of("der Reihe nach {adv}", verbPart: false));

    [TestMethod]
    public void ParseLine_WhenAbbreviationsOnBothSides_AddsTheGermanOneAsHeadAndTheEnglishOneToTheRendering()
    {
        var part = DingParser.ParseLine("Bruttoinlandsprodukt {n}; Bruttoinlandprodukt {n} /BIP/ [econ.] :: gross domestic product /GDP/")![0];

        CollectionAssert.AreEqual(
            new[] { "Bruttoinlandsprodukt", "Bruttoinlandprodukt", "BIP" },
            part.Heads.Select(h => h.Word).ToArray());
        Assert.AreEqual(DingHeadKind.Abbreviation, part.Heads[2].Kind);
        Assert.AreEqual(1, part.Heads[2].Position);
        Assert.AreEqual("gross domestic product", part.Renderings[0].Text);
        Assert.AreEqual("gdp", part.Renderings[0].Abbreviation);
    }

    [TestMethod]
    public void ParseLine_WhenSlashesSeparateAlternatives_AddsNoAbbreviation()
    {
        var part = DingParser.ParseLine("Einspruch einlegen [Dt.]/erheben [Ös.] :: to file an objection")![0];

        Assert.IsFalse(part.Heads.Any(h => h.Kind == DingHeadKind.Abbreviation));
    }

    [TestMethod]
    public void AddLine_WhenAbbreviation_GlossesItWithTheEnglishAbbreviationThenThePhrase()
    {
        var builder = new DingLexiconBuilder(OfflineTestData.EmptyWordNet());
        builder.AddLine("Internationaler Währungsfonds {m} /IWF/ [fin.] [pol.] :: International Monetary Fund /IMF/");

        var lexicon = builder.BuildLexicon();

        CollectionAssert.AreEqual(new[] { "imf", "international monetary fund" }, lexicon["IWF"]);
    }
}

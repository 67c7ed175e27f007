using TranslationQA.Core.Model;
using static TranslationQA.Translation.Tests.Offline.DebianEngine;

namespace TranslationQA.Translation.Tests.Offline;

/// <summary>Senses the Debian Ding file gives only inside longer synonyms: verbs with a prepositional object, nouns
/// written with their article, abbreviations between slashes.</summary>
[TestClass]
public sealed class HeadwordSensesIntegrationTests
{
    [TestMethod]
    [DataRow("Die Regierung will auf neue Schulden verzichten.", "verzichten", "renounce")]
    [DataRow("Die Polizei nahm zwei Männer fest.", "Polizei", "police")]
    [DataRow("Die 25-jährige Frau wurde verletzt.", "jährige", "years")]
    public void Gloss_WhenDingHasTheWordOnlyInsideALongerSynonym_FindsItsSenses(string sentence, string word, string sense)
    {
        var senses = Senses(sentence, word);

        Assert.IsTrue(senses.Any(s => s.Split(' ').Contains(sense)), Show(senses));
    }

    [TestMethod]
    [DataRow("Das BIP wuchs im dritten Quartal um 2 Prozent.", "BIP", "gdp", "gross domestic product")]
    [DataRow("Der IWF senkte seine Prognose.", "IWF", "imf", "international monetary fund")]
    public void Gloss_WhenGermanAbbreviation_GlossesItWithTheEnglishAbbreviationAndPhrase(string sentence, string word, string abbreviation, string phrase)
    {
        var gloss = Word(sentence, word);

        Assert.AreEqual(TokenKind.Word, gloss.Kind);
        Assert.AreEqual(abbreviation, gloss.Glosses[0], Show(gloss.Glosses));
        CollectionAssert.Contains(gloss.Glosses.ToList(), phrase);
    }

    [TestMethod]
    public void Gloss_WhenEnglishAbbreviationOfAFullWord_AddsItAsASense() =>
        CollectionAssert.Contains(Senses("Das Bruttoinlandsprodukt wuchs.", "Bruttoinlandsprodukt").ToList(), "gdp");

    [TestMethod]
    public void Gloss_WhenVerbAlsoHasPrepositionalEntries_KeepsItsOwnSenseFirst() =>
        Assert.AreEqual("come", Senses("Er wird morgen kommen.", "kommen")[0]);
}

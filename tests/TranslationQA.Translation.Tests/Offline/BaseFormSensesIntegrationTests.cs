using static TranslationQA.Translation.Tests.Offline.DebianEngine;

namespace TranslationQA.Translation.Tests.Offline;

/// <summary>An inflected form that is a headword of its own also reads as its base form, on the Debian data.</summary>
[TestClass]
public sealed class BaseFormSensesIntegrationTests
{
    [TestMethod]
    [DataRow("Die höhere Steuer trifft alle.", "höhere", "upper", "higher")]
    [DataRow("Die Bank gab neue Anleihen aus.", "Anleihen", "borrowings", "debenture")]
    [DataRow("Der Prozess gegen den ehemaligen Bürgermeister begann.", "ehemaligen", "past", "former")]
    public void Gloss_WhenFormIsAHeadwordOfItsOwn_AddsTheBaseFormsSensesAfterItsOwn(string sentence, string word, string own, string fromBase)
    {
        var senses = Senses(sentence, word).ToList();

        Assert.AreEqual(own, senses[0], Show(senses));
        CollectionAssert.Contains(senses, fromBase);
    }

    [TestMethod]
    public void Gloss_WhenBaseFormHasNoOtherReading_KeepsTheSensesOfTheHeadword()
    {
        var engine = Engine;

        var senses = Senses("Das Denkmal steht am Markt.", "Denkmal");

        CollectionAssert.AreEqual(engine.EnglishGlosses("Denkmal").ToList(), senses.ToList());
    }
}

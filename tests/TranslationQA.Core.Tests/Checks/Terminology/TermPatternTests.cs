using TranslationQA.Core.Checks.Terminology;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Tests.Checks.Terminology;

[TestClass]
public sealed class TermPatternTests
{
    [TestMethod]
    [DataRow("Telefonat", "Das Telefonat dauerte eine Stunde.")]
    [DataRow("Telefonat", "Inhalt des Telefonats blieb geheim.")]
    [DataRow("Telefonat", "Nach zwei Telefonaten war alles klar.")]
    [DataRow("Weißes Haus", "Eine Sprecherin des Weißen Hauses sagte das.")]
    [DataRow("Weißes Haus", "Das Weiße Haus schweigt.")]
    [DataRow("Berufung*", "Er ging in Berufung.")]
    [DataRow("Berufung*", "Im Berufungsverfahren bot Biden Gespräche an.")]
    [DataRow("Berufung*", "Die Berufungsgerichte tagen.")]
    [DataRow("*gespräch", "Die Telefongespräche dauerten lange.")]
    [DataRow("*gespräch", "Das Telefon-Gespräch dauerte lange.")]
    [DataRow("Telefoninterview", "Dies ist das zweite Telefon-Interview.")]
    [DataRow("NATO", "Die NATO-Staaten beraten.")]
    public void Occurs_WhenTheGermanTermStandsInflectedOrInACompoundItMayBePartOf_IsTrue(string term, string sentence)
    {
        Assert.IsTrue(new TermPattern(term, caseSensitive: false).Occurs(Words(sentence), "de"), $"{term} in: {sentence}");
    }

    [TestMethod]
    [DataRow("Telefonat", "Er griff zum Telefon.")]
    [DataRow("Berufung", "Im Berufungsverfahren bot Biden Gespräche an.")]
    [DataRow("Berufung*", "Die Berufe der Eltern.")]
    [DataRow("*gespräch", "Die Gesprächsrunde tagte.")]
    [DataRow("Weißes Haus", "Ein weißes Auto vor dem Haus.")]
    [DataRow("Appell", "Das Appellationsgericht entschied.")]
    public void Occurs_WhenOnlyAPrefixAWordWithoutTheStarOrTheWordsApart_IsFalse(string term, string sentence)
    {
        Assert.IsFalse(new TermPattern(term, caseSensitive: false).Occurs(Words(sentence), "de"), $"{term} in: {sentence}");
    }

    [TestMethod]
    public void Occurs_WhenCaseSensitive_NeedsTheCaseAsWritten()
    {
        var nato = new TermPattern("Nato", caseSensitive: true);

        Assert.IsFalse(nato.Occurs(Words("Die NATO tagt."), "de"));
        Assert.IsTrue(nato.Occurs(Words("Die Nato tagt."), "de"));
        Assert.IsTrue(new TermPattern("Nato", caseSensitive: false).Occurs(Words("Die NATO tagt."), "de"));
    }

    [TestMethod]
    public void Occurs_WhenTheEngineGivesALemmaOrACompoundAnalysis_UsesIt()
    {
        // The offline engine lemmatises through Hunspell and Ding ("Verträge" -> "Vertrag", an umlaut no suffix
        // stripper undoes) and splits compounds ("Berufung+s+Verfahren").
        TermWord[] words = [new("Verträge", 4, "Vertrag"), new("Friedensappelle", 20, "Frieden+s+Appell")];

        Assert.IsTrue(new TermPattern("Vertrag", false).Occurs(words, "de"));
        Assert.IsTrue(new TermPattern("*appell", false).Occurs(words, "de"));
        Assert.IsFalse(new TermPattern("Appell", false).Occurs(words, "de"), "no star: the whole word only");
    }

    [TestMethod]
    [DataRow("appel", "Biden offre à Poutine un canal lors d'un appel jeudi.", "fr")]
    [DataRow("appel", "En amont de l'appel de jeudi.", "fr")]
    [DataRow("appel", "Les appels se sont multipliés.", "fr")]
    [DataRow("Maison Blanche", "Une porte-parole de la Maison Blanche a dit.", "fr")]
    [DataRow("phone call", "Biden and Putin held a phone call.", "en")]
    [DataRow("phone call", "After two phone calls, nothing changed.", "en")]
    [DataRow("White House", "The White House's spokeswoman said.", "en")]
    public void Occurs_WhenTheSourceTermStandsInflected_IsTrue(string term, string sentence, string lang)
    {
        Assert.IsTrue(new TermPattern(term, false).Occurs(Words(sentence), lang), $"{term} in: {sentence}");
    }

    [TestMethod]
    [DataRow("phone call", "He called for calm by phone.", "en")]
    [DataRow("appel", "Un rappel des faits s'impose.", "fr")]
    public void Occurs_WhenOnlyARelatedWordStands_IsFalse(string term, string sentence, string lang)
    {
        Assert.IsFalse(new TermPattern(term, false).Occurs(Words(sentence), lang), $"{term} in: {sentence}");
    }

    private static TermWord[] Words(string sentence) => [.. Tokenizer.Words(sentence).Select(t => new TermWord(t.Text, t.Offset, null))];
}

using static TranslationQA.Translation.Tests.Offline.DebianEngine;

namespace TranslationQA.Translation.Tests.Offline;

/// <summary>Ding's phrases of 2-3 words found in a sentence, inflected or not, on the Debian data.</summary>
[TestClass]
public sealed class PhraseSensesIntegrationTests
{
    [TestMethod]
    [DataRow("Vor kurzem sagte er, er sei müde.", "Vor", "kurzem", "recently")]
    [DataRow("Die Lage im Nahen Osten bleibt angespannt.", "Nahen", "Osten", "middle east")]
    [DataRow("Naher Osten: Gespräche in Kairo", "Naher", "Osten", "middle east")]
    public void Gloss_WhenWordsFormADingPhrase_GivesEachWordThePhrasesSensesFirst(string sentence, string first, string second, string sense)
    {
        foreach (var word in new[] { first, second })
        {
            var senses = Senses(sentence, word).ToList();
            var own = Engine.Gloss(word, "en").Words[0].Glosses;

            CollectionAssert.Contains(senses, sense);
            Assert.IsLessThan(senses.IndexOf(own[0]), senses.IndexOf(sense), Show(senses));
        }
    }

    [TestMethod]
    public void Gloss_WhenPhraseStandsInASubordinateClause_MatchesThreeWords()
    {
        var senses = Senses("Er sagte, dass das Projekt auf Eis liegt.", "Eis");

        Assert.IsTrue(senses.Any(s => s.Contains("on hold", StringComparison.Ordinal)), Show(senses));
    }

    [TestMethod]
    [DataRow("Im Osten des Landes regnet es.", "Osten")]
    [DataRow("Er ging vor dem Frühstück.", "vor")]
    public void Gloss_WhenWindowIsNoPhrase_KeepsTheWordsOwnSenses(string sentence, string word) =>
        CollectionAssert.AreEqual(Engine.Gloss(word, "en").Words[0].Glosses.ToList(), Senses(sentence, word).ToList());

    [TestMethod]
    [DataRow("Das Gesetz trat am Montag in Kraft.", "trat", "Kraft", "take effect")]
    [DataRow("Das Projekt liegt seit Monaten auf Eis.", "liegt", "Eis", "be on hold")]
    public void Gloss_WhenMainClauseSplitsANounVerbPhrase_GivesNounAndVerbThePhrasesSenses(string sentence, string verb, string noun, string sense)
    {
        CollectionAssert.Contains(Senses(sentence, verb).ToList(), sense);
        CollectionAssert.Contains(Senses(sentence, noun).ToList(), sense);
    }

    [TestMethod]
    public void Gloss_WhenTheVerbStandsInAnotherClause_KeepsItsOwnSenses() =>
        CollectionAssert.DoesNotContain(Senses("Das Gesetz ist seit Jahren in Kraft, und der Minister trat zurück.", "trat").ToList(), "take effect");

    [TestMethod]
    public void Gloss_WhenPhraseStartsWithAnArticle_LeavesTheArticleAlone()
    {
        const string sentence = "Die Rechte der Menschen gelten überall.";

        CollectionAssert.AreEqual(Engine.Gloss("der", "en").Words[0].Glosses.ToList(), Senses(sentence, "der").ToList());
    }
}

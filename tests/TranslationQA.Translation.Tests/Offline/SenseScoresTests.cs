using TranslationQA.Translation.Offline;

namespace TranslationQA.Translation.Tests.Offline;

[TestClass]
public sealed class SenseScoresTests
{
    [TestMethod]
    public void Build_RanksByBestScoreThenRepeatsThenLengthThenOrdinal()
    {
        var scores = new SenseScores(maxSenses: 10);
        scores.Add("Anruf", "ring", 1.0);
        scores.Add("Anruf", "call", 1.0);
        scores.Add("Anruf", "phone call", 2.0);
        scores.Add("Anruf", "challenge", 0.5);
        scores.Add("Anruf", "challenge", 0.0);
        scores.Add("Anruf", "Call", 1.0);

        // phone call 2.0; challenge 0.5 + 0.25 for one repeat = 0.75 ranks below the three at 1.0, which go by length then ordinal.
        CollectionAssert.AreEqual(new[] { "phone call", "Call", "call", "ring", "challenge" }, scores.Build()["Anruf"]);
    }

    [TestMethod]
    public void Build_WhenMoreSensesThanTheCap_KeepsTheBest()
    {
        var scores = new SenseScores(maxSenses: 2);
        scores.Add("Truppe", "unit", 1.0);
        scores.Add("Truppe", "troop", 3.0);
        scores.Add("Truppe", "force", 2.0);

        CollectionAssert.AreEqual(new[] { "troop", "force" }, scores.Build()["Truppe"]);
    }

    [TestMethod]
    public void Build_WhenASenseRepeatsMoreThanFourTimes_CountsFourRepeats()
    {
        var scores = new SenseScores(maxSenses: 10);
        for (var i = 0; i < 8; i++)
        {
            scores.Add("Regel", "rule", 0.0);
        }

        scores.Add("Regel", "norm", 1.01);

        // rule: 0 + 0.25 * 4 = 1.0 < 1.01, although it was seen eight times.
        CollectionAssert.AreEqual(new[] { "norm", "rule" }, scores.Build()["Regel"]);
    }
}

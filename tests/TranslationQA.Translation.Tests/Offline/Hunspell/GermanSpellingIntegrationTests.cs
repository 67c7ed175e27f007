using TranslationQA.Core.Checks.Spelling;
using TranslationQA.Translation.Offline;
using TranslationQA.Translation.Offline.Hunspell;

namespace TranslationQA.Translation.Tests.Offline.Hunspell;

/// <summary>The spelling dictionary on the installed Hunspell de_DE data (inconclusive without it).</summary>
[TestClass]
public sealed class GermanSpellingIntegrationTests
{
    private static ISpellingDictionary German => File.Exists(OfflineEngineOptions.Default.HunspellDicPath)
        ? GermanSpelling.Load()
        : throw new AssertInconclusiveException("hunspell-de-de missing: run eng/install-deps.sh");

    [TestMethod]
    [DataRow("Brücken")]
    [DataRow("Regierung")]
    [DataRow("Zeitung")]
    [DataRow("russischen")]
    [DataRow("einstimmig")]
    [DataRow("beschlossen")]
    [DataRow("Bundesverkehrsminister")]
    [DataRow("Hochwasserschutzmaßnahmen")]
    [DataRow("Maßnahme")]
    [DataRow("Sklavenauktionen")]
    [DataRow("Die")]
    [DataRow("Quarantänemaßnahmen")]
    [DataRow("umschlugen")]
    [DataRow("wegzulocken")]
    [DataRow("rundheraus")]
    public void IsCorrect_WhenGermanWordInflectedOrCompound_Accepts(string word) => Assert.IsTrue(German.IsCorrect(word), word);

    [TestMethod]
    [DataRow("Brüken")]
    [DataRow("Regirung")]
    [DataRow("beschlosen")]
    [DataRow("Bundesverkehrsminster")]
    [DataRow("Hochwasserschutzmasnahmen")]
    [DataRow("vorrübergehend")]
    public void IsCorrect_WhenMisspelt_Rejects(string word) => Assert.IsFalse(German.IsCorrect(word), word);

    [TestMethod]
    public void Suggest_WhenLetterLeftOut_OffersTheNounBeforeACapitalisedAdjective() => Assert.AreEqual("Brücken", German.Suggest("Brüken", 3).FirstOrDefault());

    [TestMethod]
    public void Load_WhenCalledTwice_SharesOneCopyOfTheData() =>
        Assert.AreSame(HunspellData.Shared(OfflineEngineOptions.Default.HunspellAffPath, OfflineEngineOptions.Default.HunspellDicPath),
            HunspellData.Shared(OfflineEngineOptions.Default.HunspellAffPath, OfflineEngineOptions.Default.HunspellDicPath));
}

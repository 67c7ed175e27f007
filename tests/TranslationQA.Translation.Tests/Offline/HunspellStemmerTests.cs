using TranslationQA.Translation.Offline;
using TranslationQA.Translation.Offline.Hunspell;

namespace TranslationQA.Translation.Tests.Offline;

[TestClass]
public sealed class HunspellStemmerTests
{
    [TestMethod]
    [DataRow("russischen", "russisch")]
    [DataRow("neue", "neu")]
    [DataRow("Truppen", "Truppe")]
    [DataRow("russisch", "russisch")]
    public void Stems_WhenInflectedForm_FindsDictionaryStem(string form, string stem)
    {
        using var data = new OfflineTestData();
        var stemmer = HunspellStemmer.Load(data.Options.HunspellAffPath, data.Options.HunspellDicPath);

        CollectionAssert.Contains(stemmer.Stems(form).ToList(), stem);
    }

    [TestMethod]
    public void Stems_WhenSuffixConditionFails_FindsNothing()
    {
        using var data = new OfflineTestData();
        var stemmer = HunspellStemmer.Load(data.Options.HunspellAffPath, data.Options.HunspellDicPath);

        // Flag N adds "n" only after "e"; "neun" is not "neu" + n.
        Assert.IsEmpty(stemmer.Stems("neun"));
    }

    [TestMethod]
    public void Load_WhenSetUtf8_ReadsUmlautsCorrectly()
    {
        using var data = new OfflineTestData();
        var stemmer = HunspellStemmer.Load(data.Options.HunspellAffPath, data.Options.HunspellDicPath);

        Assert.IsTrue(stemmer.Contains("Änderung"));
        CollectionAssert.Contains(stemmer.Stems("Änderung").ToList(), "Änderung");
    }
}

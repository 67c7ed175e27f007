using TranslationQA.Core.Text;

namespace TranslationQA.Core.Tests.Text;

[TestClass]
public sealed class TextHelpersTests
{
    [TestMethod]
    public void Tokenize_KeepsNumbersHyphenatedWordsAndOffsets()
    {
        var tokens = Tokenizer.Tokenize("US-Außenminister nennt 100.000 Soldaten, l'Ukraine.");

        CollectionAssert.AreEqual(new[] { "US-Außenminister", "nennt", "100.000", "Soldaten", ",", "l'Ukraine", "." }, tokens.Select(t => t.Text).ToList());
        Assert.AreEqual(23, tokens[2].Offset);
    }

    [TestMethod]
    [DataRow("offers", "offer", "en")]
    [DataRow("negotiations", "negotiating", "en")]
    [DataRow("diplomatic", "diplomacy", "en")]
    [DataRow("stopped", "stop", "en")]
    [DataRow("discussions", "discussion", "fr")]
    [DataRow("l'Ukraine", "ukraine", "fr")]
    public void Stem_WhenInflectedForms_AreRelated(string a, string b, string lang) =>
        Assert.IsTrue(Stemmer.Related(Stemmer.Stem(a, lang), Stemmer.Stem(b, lang)));

    [TestMethod]
    [DataRow("call", "appeal")]
    [DataRow("channel", "chance")]
    public void Stem_WhenDifferentWords_AreNotRelated(string a, string b) =>
        Assert.IsFalse(Stemmer.Related(Stemmer.Stem(a, "en"), Stemmer.Stem(b, "en")));

    [TestMethod]
    [DataRow("Zelensky", "Selenskyj")]
    [DataRow("Lavrov", "Lawrow")]
    [DataRow("Kyiv", "Kiew")]
    [DataRow("Volodymyr", "Wolodymyr")]
    [DataRow("Sergei", "Sergej")]
    [DataRow("Vladimir", "Wladimir")]
    [DataRow("Dmitry", "Dmitri")]
    [DataRow("Peskov", "Peskow")]
    [DataRow("Belarus", "Weißrussland")]
    [DataRow("Shoigu", "Schoigu")]
    [DataRow("Poutine", "Putin")]
    public void NameKey_WhenGermanTransliteration_IsSame(string a, string b) => Assert.IsTrue(NameKey.Same(a, b));

    [TestMethod]
    [DataRow("Blinken", "Biden")]
    [DataRow("Austria", "Australia")]
    public void NameKey_WhenDifferentNames_IsNotSame(string a, string b) => Assert.IsFalse(NameKey.Same(a, b));

    [TestMethod]
    [DataRow("100,000", "en", 100000.0)]
    [DataRow("100.000", "de", 100000.0)]
    [DataRow("1.5", "en", 1.5)]
    [DataRow("1,5", "de", 1.5)]
    [DataRow("1,5", "fr", 1.5)]
    public void Values_ReadLocaleNumbers(string raw, string lang, double expected) =>
        Assert.AreEqual(expected, NumberParser.Values(raw, lang).Single(), 1e-9);

    [TestMethod]
    public void Values_WhenGermanTime_SplitsHoursAndMinutes() =>
        CollectionAssert.AreEqual(new[] { 22.0, 52.0 }, NumberParser.Values("22.52", "de").ToList());

    [TestMethod]
    [DataRow("Blinken", "Blinkin", 1)]
    [DataRow("Psaki", "Paski", 1)]
    [DataRow("Baerbock", "Barbock", 1)]
    public void Damerau_CountsEdits(string a, string b, int expected) => Assert.AreEqual(expected, EditDistance.Damerau(a, b, 2));

    [TestMethod]
    [DataRow("Der Westen befürchtet eine russische Invasion in der Ukraine.", "de")]
    [DataRow("The minister said that the talks would continue next week.", "en")]
    [DataRow("Le ministre a déclaré que les discussions se poursuivraient.", "fr")]
    [DataRow("De minister zei dat de gesprekken volgende week doorgaan.", "nl")]
    public void Identify_FindsLanguage(string text, string expected) => Assert.AreEqual(expected, LanguageIdentifier.Identify(text).Lang);
}

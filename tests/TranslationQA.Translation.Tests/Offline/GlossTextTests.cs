using TranslationQA.Translation.Offline;

namespace TranslationQA.Translation.Tests.Offline;

[TestClass]
public sealed class GlossTextTests
{
    [TestMethod]
    [DataRow("to appeal (against)", "appeal")]
    [DataRow("Foreign Secretary [Br.]", "foreign secretary")]
    [DataRow("to give sth. to sb.", "give to")]
    [DataRow("calling (towards sth./to do sth.)", "calling")]
    [DataRow("Foreign and Commonwealth Office /FCO/", "foreign and commonwealth office")]
    [DataRow("eel-smoking business <eelsmoking business>", "eel-smoking business")]
    [DataRow("appeal proceedings", "appeal proceedings")]
    [DataRow("  to \t call   sb.  back ", "call back")]
    [DataRow("I/he/she spoke", "spoke")]
    [DataRow("I/he/she", "i/he/she")]
    [DataRow("I/ spoke", "i/ spoke")]
    [DataRow("sth.", null)]
    public void NormaliseEnglish_WhenMarkupAndFillers_ReturnsBareLowerCasePhrase(string raw, string? expected) =>
        Assert.AreEqual(expected, GlossText.NormaliseEnglish(raw));

    [TestMethod]
    [DataRow("jdn. anrufen {vt}", "anrufen")]
    [DataRow("Außenministerin {f} [pol.]", "Außenministerin")]
    [DataRow("sich verpflichten (zu)", "verpflichten")]
    [DataRow("Berufung einlegen", "Berufung einlegen")]
    [DataRow("ich/er/sie sprach", "sprach")]
    [DataRow("Er/Sie   sprach\u00a0", "sprach")]
    [DataRow("etw. ,", null)]
    public void GermanHeadword_WhenMarkup_ReturnsWordsWithCaseKept(string raw, string? expected) =>
        Assert.AreEqual(expected, GlossText.GermanHeadword(raw));

    [TestMethod]
    public void Labels_ReturnsEachBracketedLabelLowerCasedInOrder()
    {
        CollectionAssert.AreEqual(new[] { "fin.", "pol." }, GlossText.Labels("Währungsfonds {m} [Fin.] [ pol. ] /IWF/").ToArray());
        Assert.HasCount(0, GlossText.Labels("Währungsfonds {m}"));
    }
}

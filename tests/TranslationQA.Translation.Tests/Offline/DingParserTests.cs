using TranslationQA.Translation.Offline;

namespace TranslationQA.Translation.Tests.Offline;

[TestClass]
public sealed class DingParserTests
{
    [TestMethod]
    public void ParseLine_WhenPartsAndSynonyms_PairsKthGermanPartWithKthEnglishPart()
    {
        var parts = DingParser.ParseLine("Berufung {f} (gegen etw.) [jur.] | Berufungen {pl} :: appeal; plea [rare] | appeals; pleas")!;

        Assert.HasCount(2, parts);
        Assert.AreEqual("Berufung", parts[0].Heads[0].Word);
        CollectionAssert.AreEqual(new[] { "appeal", "plea" }, parts[0].Renderings.Select(r => r.Text).ToArray());
        CollectionAssert.Contains(parts[0].Labels.ToList(), "jur.");
        CollectionAssert.Contains(parts[0].Renderings[1].Labels.ToList(), "rare");
        Assert.AreEqual("Berufungen", parts[1].Heads[0].Word);
        Assert.AreEqual("appeals", parts[1].Renderings[0].Text);
    }

    [TestMethod]
    public void ParseLine_WhenPartCountsDiffer_KeepsOnlyTheFirstPart()
    {
        var parts = DingParser.ParseLine("Haus {n} | Häuser {pl} :: house")!;

        Assert.HasCount(1, parts);
    }

    [TestMethod]
    [DataRow("# comment :: no")]
    [DataRow("no separator here")]
    [DataRow("")]
    public void ParseLine_WhenNotAnEntry_ReturnsNull(string line) => Assert.IsNull(DingParser.ParseLine(line));

    [TestMethod]
    public void ParseLine_WhenConjugatedForm_DropsPronouns()
    {
        var parts = DingParser.ParseLine("sprechen {vi} | ich/er/sie sprach :: to speak | I/he/she spoke")!;

        Assert.AreEqual("sprach", parts[1].Heads[0].Word);
        Assert.AreEqual("spoke", parts[1].Renderings[0].Text);
    }

    [TestMethod]
    public void SplitSynonyms_WhenSemicolonInsideNote_KeepsNoteWhole()
    {
        var pieces = DingParser.SplitSynonyms("call (a; b); ring").ToList();

        CollectionAssert.AreEqual(new[] { "call (a; b)", " ring" }, pieces);
    }
}

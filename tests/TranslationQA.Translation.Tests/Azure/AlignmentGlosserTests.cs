using TranslationQA.Core.Model;
using TranslationQA.Translation.Azure;

namespace TranslationQA.Translation.Tests.Azure;

[TestClass]
public sealed class AlignmentGlosserTests
{
    [TestMethod]
    public void Build_WhenDocumentedExampleAlignment_MapsTokensToAlignedEnglish()
    {
        // The shape of the documented example: "Artikelnummer des Kunden" -> "Customer's item number",
        // proj "0:12-11:14 0:12-16:21 14:16-0:9" (Kunden left unaligned by the service).
        const string german = "Artikelnummer des Kunden";
        const string english = "Customer's item number";

        var words = AlignmentGlosser.Build(german, english, AlignmentParser.Parse("0:12-11:14 0:12-16:21 14:16-0:9"));

        Assert.HasCount(3, words);
        Assert.AreEqual("item number", words[0].Gloss);
        CollectionAssert.AreEqual(new[] { "item number" }, words[0].Glosses.ToArray());
        Assert.AreEqual("Customer's", words[1].Gloss);
        CollectionAssert.AreEqual(new[] { "customer's" }, words[1].Glosses.ToArray());
        Assert.AreEqual((18, 6, TokenKind.Unknown), (words[2].Offset, words[2].Length, words[2].Kind));
        Assert.IsNull(words[2].Gloss);
    }

    [TestMethod]
    public void Build_WhenAlignmentPointsOutsideTranslation_IgnoresThatLink()
    {
        var words = AlignmentGlosser.Build("Haus", "house", AlignmentParser.Parse("0:3-0:4 0:3-10:20"));

        Assert.AreEqual("house", words.Single().Gloss);
    }

    [TestMethod]
    public void Build_WhenNamePassedThroughMidSentence_MarksName()
    {
        var words = AlignmentGlosser.Build("Heute sprach Blinken.", "Today Blinken spoke.", AlignmentParser.Parse("0:4-0:4 6:11-14:18 13:19-6:12 20:20-19:19"));

        Assert.AreEqual(TokenKind.Name, words.Single(w => w.Surface == "Blinken").Kind);
        Assert.AreEqual(TokenKind.Word, words.Single(w => w.Surface == "sprach").Kind);
        Assert.AreEqual("spoke", words.Single(w => w.Surface == "sprach").Gloss);
    }

    [TestMethod]
    [DataRow("", 0)]
    [DataRow("0:1-2:3 garbage 4:5-6", 1)]
    [DataRow("3:1-0:0", 0)]
    public void Parse_WhenInputIrregular_KeepsOnlyWellFormedLinks(string proj, int expected)
    {
        Assert.HasCount(expected, AlignmentParser.Parse(proj));
    }
}

using TranslationQA.Translation.Http;

namespace TranslationQA.Translation.Tests.Http;

[TestClass]
public sealed class TextChunkerTests
{
    [TestMethod]
    public void Split_WhenSentencesFit_CutsAfterSentenceEndsAndCoversText()
    {
        const string text = "Erster Satz hier. Zweiter Satz dort! Dritter Satz?";

        var pieces = TextChunker.Split(text, 20).Select(r => text[r]).ToArray();

        CollectionAssert.AreEqual(new[] { "Erster Satz hier. ", "Zweiter Satz dort! ", "Dritter Satz?" }, pieces);
    }

    [TestMethod]
    public void Split_WhenNoSentenceEndFits_FallsBackToWhitespaceThenHardCut()
    {
        var spaced = TextChunker.Split("aaaa bbbb cccc", 6);
        var solid = TextChunker.Split(new string('x', 25), 10);

        Assert.IsTrue(spaced.All(r => r.GetOffsetAndLength(14).Length <= 6));
        Assert.AreEqual("aaaa ", "aaaa bbbb cccc"[spaced[0]]);
        CollectionAssert.AreEqual(new[] { 10, 10, 5 }, solid.Select(r => r.GetOffsetAndLength(25).Length).ToArray());
    }
}

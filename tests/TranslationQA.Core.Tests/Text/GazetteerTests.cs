using TranslationQA.Core.Text;

namespace TranslationQA.Core.Tests.Text;

[TestClass]
public sealed class GazetteerTests
{
    [TestMethod]
    [DataRow("Inde", "India")]
    [DataRow("Indien", "India")]
    [DataRow("Kiew", "Ukraine")]
    public void Match_WhenTokenNamesCountry_ReturnsIt(string word, string expected) =>
        Assert.AreEqual(expected, Gazetteer.Match(Tokenizer.Tokenize(word), 0)?.Id);

    [TestMethod]
    [DataRow("indem")]
    [DataRow("indeed")]
    [DataRow("independent")]
    public void Match_WhenCommonWordStartsLikeCountry_ReturnsNull(string word) =>
        Assert.IsNull(Gazetteer.Match(Tokenizer.Tokenize(word), 0));
}

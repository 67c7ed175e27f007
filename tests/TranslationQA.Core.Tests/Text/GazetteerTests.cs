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

    [TestMethod]
    [DataRow("Bulgaria", "Bulgarien")]
    [DataRow("Bulgaria", "Bulgarie")]
    [DataRow("Mongolia", "Mongolei")]
    [DataRow("Kazakhstan", "Kasachstan")]
    public void Match_ForACountryOutsideTheList_FindsItsCldrNamesInEveryLanguageAsOneEntity(string english, string other)
    {
        var a = Gazetteer.Find(TranslationQA.Core.Text.Tokenizer.Tokenize(english));
        var b = Gazetteer.Find(TranslationQA.Core.Text.Tokenizer.Tokenize(other));

        Assert.HasCount(1, a);
        Assert.AreEqual(a[0].Id, b.Single().Id);
    }

    [TestMethod]
    [DataRow("Romania", "Rumänien")]
    public void Match_ForACountryOfTheList_KeepsTheListsEntity(string english, string german)
    {
        Assert.AreEqual(Gazetteer.Find(TranslationQA.Core.Text.Tokenizer.Tokenize(english)).Single().Id,
            Gazetteer.Find(TranslationQA.Core.Text.Tokenizer.Tokenize(german)).Single().Id);
    }
}

using TranslationQA.Core.Text;

namespace TranslationQA.Core.Tests.Text;

[TestClass]
public sealed class NumberParserTests
{
    private static List<NumberValue> Read(string sentence, string lang, bool withScales = true) =>
        NumberParser.Extract(Tokenizer.Tokenize(sentence), sentence, lang, withScales);

    [TestMethod]
    [DataRow("It costs 12 billion euros.", "en", 12e9, "12 billion")]
    [DataRow("Es kostet 12 Milliarden Euro.", "de", 12e9, "12 Milliarden")]
    [DataRow("Es kostet 2 Billionen Euro.", "de", 2e12, "2 Billionen")]
    [DataRow("Cela coûte deux milliards d'euros.", "fr", 2e9, "deux milliards")]
    [DataRow("It took two decades.", "en", 20.0, "two decades")]
    [DataRow("About five hundred came.", "en", 500.0, "five hundred")]
    [DataRow("It costs a billion dollars.", "en", 1e9, "billion")]
    public void Extract_WithScales_MultipliesByTheScaleWordAndSpansIt(string sentence, string lang, double value, string span)
    {
        var number = Read(sentence, lang).Single();

        Assert.AreEqual(value, number.Value, value * 1e-12);
        Assert.AreEqual(span, sentence.Substring(number.Offset, number.Length));
        Assert.IsTrue(number.IsCount);
    }

    [TestMethod]
    public void Extract_WithoutScales_KeepsTheFigureAlone()
    {
        var number = Read("It costs 12 billion euros.", "en", withScales: false).Single();

        Assert.AreEqual(12.0, number.Value);
        Assert.AreEqual(2, number.Length);
    }

    [TestMethod]
    [DataRow("Three ministers resigned.", "en", true)]
    [DataRow("Drei Minister traten zurück.", "de", true)]
    [DataRow("Sieben Minister traten zurück.", "de", true)]
    [DataRow("Der dritte Minister trat zurück.", "de", false)]
    [DataRow("Die siebten Wahlen fanden statt.", "de", false)]
    [DataRow("In den sechziger Jahren war das anders.", "de", false)]
    [DataRow("The third minister resigned.", "en", false)]
    [DataRow("Le troisième ministre a démissionné.", "fr", false)]
    [DataRow("Dozens of ministers resigned.", "en", false)]
    [DataRow("Die Elf von Union gewann.", "de", false)]
    public void Extract_TellsCountsFromOrdinalsDecadesAndNouns(string sentence, string lang, bool count) =>
        Assert.AreEqual(count, Read(sentence, lang).Exists(n => n.IsCount), sentence);

    [TestMethod]
    [DataRow("Es war dreimal so viel.", 3.0)]
    [DataRow("Das Risiko steigt um das Neunfache.", 9.0)]
    public void Extract_WithScales_ReadsGermanMultiplicatives(string sentence, double value) =>
        Assert.AreEqual(value, Read(sentence, "de").Single().Value);
}

using TranslationQA.Translation.Offline;

namespace TranslationQA.Translation.Tests.Offline;

/// <summary>
/// Markup.Strip replaced five chained regular expressions; these expectations are what those gave (checked against
/// them on every Ding and FreeDict synonym and 3M random strings of markup characters when the scans were written).
/// </summary>
[TestClass]
public sealed class MarkupTests
{
    [TestMethod]
    [DataRow("Bruttoinlandsprodukt {n} /BIP/ [econ.]", "Bruttoinlandsprodukt")]
    [DataRow("x [a] (b) {c} <d> y", "x y")]
    [DataRow("gross domestic product /GDP/", "gross domestic product")]
    [DataRow("/x/", "")]
    [DataRow("/a /b/ c", "/a c")]
    [DataRow("  many\t spaces\u00a0 ", "many spaces")]
    public void Strip_RemovesEachKindOfMarkup(string text, string expected) => Assert.AreEqual(expected, Markup.Strip(text));

    [TestMethod]
    [DataRow("a (b (c) d) e", "a d) e")]
    [DataRow("(unclosed note", "(unclosed note")]
    [DataRow("a ( [b) ] c", "a ] c")]
    public void Strip_WhenBracketsNestOrStayOpen_EndsANoteAtItsFirstClose(string text, string expected) =>
        Assert.AreEqual(expected, Markup.Strip(text));

    [TestMethod]
    [DataRow("and/or", "and/or")]
    [DataRow("ich/er/sie sprach", "ich/er/sie sprach")]
    [DataRow("a /b/c", "a /b/c")]
    public void Strip_WhenSlashesAreNoStandaloneAbbreviation_KeepsThem(string text, string expected) =>
        Assert.AreEqual(expected, Markup.Strip(text));
}

using TranslationQA.Core.Model;
using TranslationQA.Reporting.Resume;

namespace TranslationQA.Reporting.Tests.Resume;

[TestClass]
public sealed class InputHashTests
{
    private static readonly Article Article = new("a1", "en", "de", "The bank raised rates.", "Die Bank erhöhte die Zinsen.", "in/a1/target.de.txt",
        "in/a1/source.en.txt");

    [TestMethod]
    public void Of_WhenOnlyThePathsDiffer_IsTheSame()
    {
        var moved = Article with { TargetPath = "elsewhere/target.de.txt", SourcePath = null };

        Assert.AreEqual(InputHash.Of(Article), InputHash.Of(moved));
    }

    [TestMethod]
    public void Of_WhenTheTargetChangesByOneLetter_Differs() =>
        Assert.AreNotEqual(InputHash.Of(Article), InputHash.Of(Article with { Target = "Die Bank erhöhte die Zinsen!" }));

    [TestMethod]
    [DataRow("ab", "c", "a", "bc")]
    [DataRow("a1", "", "a", "1")]
    public void Of_WhenTextMovesFromOneFieldToTheNext_Differs(string source1, string target1, string source2, string target2) =>
        Assert.AreNotEqual(InputHash.Of(Article with { Source = source1, Target = target1 }),
            InputHash.Of(Article with { Source = source2, Target = target2 }));

    [TestMethod]
    public void Of_WhenNoSourceOrAnEmptyOne_Differs() =>
        Assert.AreNotEqual(InputHash.Of(Article with { Source = null }), InputHash.Of(Article with { Source = "" }));

    [TestMethod]
    public void Of_WhenAnXliffArticlesUnitIsRenamedAroundTheSameText_Differs()
    {
        TargetUnit[] Units(string id) => [new(0, Article.Target.Length, new UnitLocation(id, "s1"), Article.Source!)];

        Assert.AreEqual(InputHash.Of(Article with { Units = Units("u1") }), InputHash.Of(Article with { Units = Units("u1") }));
        Assert.AreNotEqual(InputHash.Of(Article with { Units = Units("u1") }), InputHash.Of(Article with { Units = Units("u2") }));
        Assert.AreNotEqual(InputHash.Of(Article), InputHash.Of(Article with { Units = Units("u1") }));
    }

    [TestMethod]
    public void TryParse_WhenGivenToString_GivesTheSameHash()
    {
        var hash = InputHash.Of(Article);

        Assert.IsTrue(InputHash.TryParse(hash.ToString(), out var parsed));
        Assert.AreEqual(hash, parsed);
        Assert.MatchesRegex("^[0-9a-f]{64}$", hash.ToString());
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("abc")]
    [DataRow("zz7ade71c852cc7652577546051be94d0cb383fa3b6df77ebd5f2e9ca7f20f6b2")]
    [DataRow("87ade71c852cc7652577546051be94d0cb383fa3b6df77ebd5f2e9ca7f20f6b")]
    public void TryParse_WhenNot64HexDigits_ReturnsFalse(string text) => Assert.IsFalse(InputHash.TryParse(text, out _));
}

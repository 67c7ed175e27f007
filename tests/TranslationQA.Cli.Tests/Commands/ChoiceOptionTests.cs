using System.CommandLine;

namespace TranslationQA.Cli.Tests.Commands;

/// <summary>Options whose value is one of a few words take it in any case and name the nearest one for a near miss.</summary>
[TestClass]
public sealed class ChoiceOptionTests
{
    private static ParseResult Parse(params string[] args) => CommandLine.Build().Parse(args);

    [TestMethod]
    [DataRow("--fail-on", "MAJOR", "major")]
    [DataRow("--engine", "Offline", "offline")]
    [DataRow("--gate", "New", "new")]
    [DataRow("--source-lang", "FR", "fr")]
    public void Check_WhenAChoiceIsTypedInAnotherCase_TakesIt(string option, string typed, string value)
    {
        var result = Parse("check", "articles", option, typed);

        Assert.IsEmpty(result.Errors, string.Join("\n", result.Errors.Select(e => e.Message)));
        Assert.AreEqual(value, result.GetValue<string>(option));
    }

    [TestMethod]
    [DataRow("--fail-on", "majr", "did you mean major?")]
    [DataRow("--engine", "deepl", "is not one of offline, azure, libretranslate")]
    public void Check_WhenAChoiceIsUnknown_NamesTheChoicesOrTheNearest(string option, string typed, string expected)
    {
        var result = Parse("check", "articles", option, typed);

        StringAssert.Contains(string.Join("\n", result.Errors.Select(e => e.Message)), expected);
    }

    [TestMethod]
    public void Init_WhenThePlatformIsTypedInCapitals_TakesIt()
    {
        var result = Parse("init", "--ci", "GitHub");

        Assert.IsEmpty(result.Errors);
        Assert.AreEqual("github", result.GetValue<string?>("--ci"));
    }
}

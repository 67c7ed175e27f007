using System.CommandLine;
using TranslationQA.Cli.Configuration;

namespace TranslationQA.Cli.Tests.Configuration;

/// <summary>The config file on the real command line of <c>check</c>.</summary>
[TestClass]
public sealed class ConfiguredParseTests
{
    private static (ParseResult Result, IReadOnlyList<string> Errors) Parse(ConfigFolder folder, params string[] args) =>
        ConfiguredParse.Parse(CommandLine.Build(), args, folder.Path);

    private static string Error(ConfigFolder folder, string config)
    {
        folder.Write(ConfigFile.DefaultName, config);
        var (_, errors) = Parse(folder, "check", "articles");
        Assert.HasCount(1, errors, string.Join("\n", errors));
        StringAssert.Contains(errors[0], ConfigFile.DefaultName, "the error names the file");
        return errors[0];
    }

    [TestMethod]
    public void Parse_WhenConfigFileInWorkingFolder_ItsSettingsAreTheDefaults()
    {
        using var folder = new ConfigFolder();
        folder.Write(ConfigFile.DefaultName, """
            {
              // comments and trailing commas are fine
              "failOn": "major",
              "format": ["json", "md"],
              "quiet": true,
              "maxArticleSize": "2MB",
              "maxScore": 40,
            }
            """);

        var (result, errors) = Parse(folder, "check", "articles");

        Assert.IsEmpty(errors, string.Join("\n", errors));
        Assert.AreEqual("major", result.GetValue<string>("--fail-on"));
        CollectionAssert.AreEqual(new[] { "json", "md" }, result.GetValue<string[]>("--format"));
        Assert.IsTrue(result.GetValue<bool>("--quiet"));
        Assert.AreEqual(2_000_000L, result.GetValue<long>("--max-article-size"));
        Assert.AreEqual(40.0, result.GetValue<double?>("--max-score"));
        CollectionAssert.AreEqual(new[] { "articles" }, result.GetValue<string[]>("path"));
    }

    [TestMethod]
    public void Parse_WhenOptionIsAlsoOnTheCommandLine_TheCommandLineWins()
    {
        using var folder = new ConfigFolder();
        folder.Write(ConfigFile.DefaultName, """{"failOn": "major", "format": ["json", "md"], "quiet": true, "engine": "azure"}""");

        var (result, errors) = Parse(folder, "check", "--fail-on", "minor", "articles", "-f", "html", "--quiet=false");

        Assert.IsEmpty(errors, string.Join("\n", errors));
        Assert.AreEqual("minor", result.GetValue<string>("--fail-on"));
        CollectionAssert.AreEqual(new[] { "html" }, result.GetValue<string[]>("--format"));
        Assert.IsFalse(result.GetValue<bool>("--quiet"));
        Assert.AreEqual("azure", result.GetValue<string>("--engine"), "a setting not typed still comes from the file");
    }

    [TestMethod]
    public void Parse_WhenFormatIsRepeatedAndCommaSeparated_CollectsEveryFormatAndLeavesThePaths()
    {
        using var folder = new ConfigFolder();

        var (result, errors) = Parse(folder, "check", "-f", "json,md", "first", "--format", "sarif", "second");

        Assert.IsEmpty(errors, string.Join("\n", errors));
        CollectionAssert.AreEqual(new[] { "json", "md", "sarif" }, result.GetValue<string[]>("--format"));
        CollectionAssert.AreEqual(new[] { "first", "second" }, result.GetValue<string[]>("path"));
    }

    [TestMethod]
    public void Parse_WhenConfigGivenElsewhere_ItsRelativePathsAreRelativeToItsFolder()
    {
        using var folder = new ConfigFolder();
        var config = folder.Write(Path.Combine("ci", "qa.json"), """{"out": "reports", "traps": "traps.tsv", "cache": "/var/cache/tqa.sqlite", "shard": "1/2"}""");

        var (result, errors) = Parse(folder, "check", "articles", "--config", config);

        Assert.IsEmpty(errors, string.Join("\n", errors));
        Assert.AreEqual(Path.Combine(folder.Path, "ci", "reports"), Path.GetFullPath(result.GetValue<string>("--out")!, folder.Path));
        Assert.AreEqual(Path.Combine(folder.Path, "ci", "traps.tsv"), Path.GetFullPath(result.GetValue<string>("--traps")!, folder.Path));
        Assert.AreEqual("/var/cache/tqa.sqlite", result.GetValue<string>("--cache"), "an absolute path stays as it is");
        Assert.AreEqual("1/2", result.GetValue<string>("--shard"), "a value that is no path is not moved");
    }

    [TestMethod]
    public void Parse_WhenNoConfigFile_ParsesTheCommandLineAlone()
    {
        using var folder = new ConfigFolder();

        var (result, errors) = Parse(folder, "check", "articles");

        Assert.IsEmpty(errors);
        Assert.AreEqual("critical", result.GetValue<string>("--fail-on"));
    }

    [TestMethod]
    public void Parse_WhenConfigOptionNamesAMissingFile_IsAnErrorNamingIt()
    {
        using var folder = new ConfigFolder();

        var (_, errors) = Parse(folder, "check", "articles", "--config", Path.Combine(folder.Path, "nope.json"));

        Assert.HasCount(1, errors);
        StringAssert.Contains(errors[0], "nope.json: no such file");
    }

    [TestMethod]
    public void Parse_WhenHelpIsAsked_ABrokenConfigDoesNotStandInTheWay()
    {
        using var folder = new ConfigFolder();
        folder.Write(ConfigFile.DefaultName, "{ not json");

        var (result, errors) = Parse(folder, "check", "--help");

        Assert.IsEmpty(errors);
        Assert.AreNotEqual(result.CommandResult.Command.Action, result.Action, "help runs, not the check");
    }

    [TestMethod]
    [DataRow("faillOn", "failOn")]
    [DataRow("fail-on", "failOn")]
    [DataRow("maxscore", "maxScore")]
    [DataRow("rule", "rules")]
    public void Parse_WhenKeyIsANearMiss_SuggestsTheKey(string typed, string suggested)
    {
        using var folder = new ConfigFolder();

        var error = Error(folder, $$"""{"{{typed}}": "x"}""");

        StringAssert.Contains(error, $"unknown key \"{typed}\"; did you mean \"{suggested}\"?");
    }

    [TestMethod]
    public void Parse_WhenKeyIsFarFromAnyOption_ListsTheKeys()
    {
        using var folder = new ConfigFolder();

        var error = Error(folder, """{"severityThreshold": "major"}""");

        StringAssert.Contains(error, "unknown key \"severityThreshold\"");
        StringAssert.Contains(error, "failOn, maxScore");
    }

    [TestMethod]
    [DataRow("""{"failOn": 3}""", "\"failOn\" must be a string, not a number")]
    [DataRow("""{"quiet": "yes"}""", "\"quiet\" must be true or false, not a string")]
    [DataRow("""{"format": {"json": true}}""", "\"format\" must be a list of strings, not an object")]
    [DataRow("""{"format": []}""", "\"format\" must be a list of strings, not an empty list")]
    [DataRow("""{"format": ["json", null]}""", "\"format\" must be a list of strings; item 2 is null")]
    [DataRow("""{"maxConcurrency": true}""", "\"maxConcurrency\" must be a number or a string, not a boolean")]
    [DataRow("""{"failOn": "major", "failOn": "minor"}""", "\"failOn\" is set twice")]
    [DataRow("""["failOn"]""", "must hold one JSON object of settings")]
    public void Parse_WhenSettingHasTheWrongType_IsAnErrorNamingFileAndKey(string config, string expected)
    {
        using var folder = new ConfigFolder();

        StringAssert.Contains(Error(folder, config), expected);
    }

    [TestMethod]
    [DataRow("""{"engine": "deepl"}""", "\"engine\": ", "deepl")]
    [DataRow("""{"maxScore": "lots"}""", "\"maxScore\": 'lots' is not a score", "write a number")]
    [DataRow("""{"maxConcurrency": 2.5}""", "\"maxConcurrency\": ", "2.5")]
    public void Parse_WhenValueIsRefusedByTheOption_TheParserErrorNamesFileAndKey(string config, string expected, string value)
    {
        using var folder = new ConfigFolder();

        var error = Error(folder, config);

        StringAssert.Contains(error, expected);
        StringAssert.Contains(error, value);
    }

    [TestMethod]
    public void Parse_WhenJsonIsMalformed_NamesFileLineAndColumn()
    {
        using var folder = new ConfigFolder();

        var error = Error(folder, "{\n  \"failOn\": \"major\"\n  \"quiet\": true\n}");

        StringAssert.Contains(error, $"{ConfigFile.DefaultName}(3,3): not valid JSON: ");
    }

    [TestMethod]
    public void Parse_WhenConfigIsLargerThanTheBound_IsRefusedUnread()
    {
        using var folder = new ConfigFolder();

        var error = Error(folder, "{\"failOn\": \"major\"" + new string(' ', ConfigFile.MaxBytes) + "}");

        StringAssert.Contains(error, "too large for a config file");
    }
}

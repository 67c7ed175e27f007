using System.CommandLine;
using TranslationQA.Cli.Commands;
using TranslationQA.Cli.Configuration;

namespace TranslationQA.Cli.Tests.Configuration;

/// <summary>
/// The binder on a command of the test's own with options <c>check</c> does not have yet (<c>--disable</c>,
/// <c>--severity</c>, <c>--glossary</c>): an option gets its key from its declaration, with no code for it.
/// </summary>
[TestClass]
public sealed class ConfigBinderTests
{
    private static RootCommand Root(bool withRuleOptions = true)
    {
        var command = new Command("check") { new Argument<string[]>("path"), new Option<string?>("--glossary") { HelpName = "file" }, ConfigOption.Create() };
        if (withRuleOptions)
        {
            command.Options.Add(new Option<string[]>(RuleSettings.DisableOption) { CustomParser = CheckCommand.CommaList });
            command.Options.Add(new Option<string[]>(RuleSettings.SeverityOption));
        }

        command.SetAction(_ => 0);
        return new RootCommand { command };
    }

    private static (ParseResult Result, IReadOnlyList<string> Errors) Parse(ConfigFolder folder, string config, RootCommand root, params string[] args)
    {
        folder.Write(ConfigFile.DefaultName, config);
        return ConfiguredParse.Parse(root, ["check", "articles", .. args], folder.Path);
    }

    [TestMethod]
    public void Tokens_WhenCommandHasNewOptions_TheirCamelCaseKeysAreAccepted()
    {
        using var folder = new ConfigFolder();

        var (result, errors) = Parse(folder, """{"glossary": "terms/de.tsv", "disable": ["TQA017", "TQA020"], "severity": "TQA001=minor"}""", Root());

        Assert.IsEmpty(errors, string.Join("\n", errors));
        CollectionAssert.AreEqual(new[] { "TQA017", "TQA020" }, result.GetValue<string[]>(RuleSettings.DisableOption));
        CollectionAssert.AreEqual(new[] { "TQA001=minor" }, result.GetValue<string[]>(RuleSettings.SeverityOption));
        Assert.AreEqual(Path.Combine("terms", "de.tsv"), result.GetValue<string>("--glossary"), "a file option's path, from the config's folder");
    }

    [TestMethod]
    public void Tokens_WhenRulesSetting_TurnsRulesOffAndOverridesSeverities()
    {
        using var folder = new ConfigFolder();

        var (result, errors) = Parse(folder, """{"rules": {"TQA017": "off", "TQA001": "minor", "TQA020": "Off"}}""", Root());

        Assert.IsEmpty(errors, string.Join("\n", errors));
        CollectionAssert.AreEqual(new[] { "TQA017", "TQA020" }, result.GetValue<string[]>(RuleSettings.DisableOption));
        CollectionAssert.AreEqual(new[] { "TQA001=minor" }, result.GetValue<string[]>(RuleSettings.SeverityOption));
    }

    [TestMethod]
    public void Tokens_WhenDisableIsTyped_TheTypedListReplacesTheRulesThatAreOffButSeveritiesStay()
    {
        using var folder = new ConfigFolder();

        var (result, errors) = Parse(folder, """{"rules": {"TQA017": "off", "TQA001": "minor"}}""", Root(), "--disable", "TQA005");

        Assert.IsEmpty(errors, string.Join("\n", errors));
        CollectionAssert.AreEqual(new[] { "TQA005" }, result.GetValue<string[]>(RuleSettings.DisableOption));
        CollectionAssert.AreEqual(new[] { "TQA001=minor" }, result.GetValue<string[]>(RuleSettings.SeverityOption));
    }

    [TestMethod]
    public void Tokens_WhenRulesSettingButNoDisableOption_SaysWhatIsMissing()
    {
        using var folder = new ConfigFolder();

        var (_, errors) = Parse(folder, """{"rules": {"TQA017": "off"}}""", Root(withRuleOptions: false));

        Assert.HasCount(1, errors);
        StringAssert.Contains(errors[0], $"{ConfigFile.DefaultName}: \"rules\" needs the --disable option");
    }

    [TestMethod]
    public void Keys_OfTheCheckCommand_AreItsLongOptionsInCamelCaseWithoutConfig()
    {
        var check = CheckCommand.Create();

        var keys = ConfigBinder.Keys(check);

        Assert.HasCount(check.Options.Count - 1, keys);
        foreach (var key in new[] { "out", "format", "failOn", "maxScore", "noCache", "libretranslateUrl", "maxArticleSize", "followSymlinks" })
        {
            Assert.IsTrue(keys.ContainsKey(key), $"{key} missing from {string.Join(", ", keys.Keys)}");
        }

        Assert.IsFalse(keys.ContainsKey("config"), "a config file does not name another");
        Assert.AreEqual("--fail-on", keys["failOn"].Name);
    }
}

using System.Text.Json;
using TranslationQA.Cli.Configuration;

namespace TranslationQA.Cli.Tests.Configuration;

[TestClass]
public sealed class RuleSettingsTests
{
    private static IReadOnlyList<(string Option, string Value)> Tokens(string json)
    {
        using var document = JsonDocument.Parse(json);
        return RuleSettings.Tokens(document.RootElement, "qa.json");
    }

    [TestMethod]
    public void Tokens_WhenOffAndSeverities_AreDisableAndSeverityValuesInFileOrder()
    {
        var tokens = Tokens("""{"TQA017": "off", "TQA001": "minor", "TQA020": "OFF", "TQA002": "critical"}""");

        CollectionAssert.AreEqual(
            new[] { ("--disable", "TQA017"), ("--severity", "TQA001=minor"), ("--disable", "TQA020"), ("--severity", "TQA002=critical") },
            tokens.ToArray());
    }

    [TestMethod]
    [DataRow("""["TQA017"]""", "\"rules\" must be an object of rule ids")]
    [DataRow("""{"TQA017": false}""", "\"rules\": \"TQA017\" must be \"off\" or a severity")]
    [DataRow("""{"TQA017": ""}""", "\"rules\": \"TQA017\" must be \"off\" or a severity")]
    public void Tokens_WhenMalformed_NamesFileAndRule(string json, string expected)
    {
        var error = Assert.ThrowsExactly<ConfigException>(() => Tokens(json));

        StringAssert.StartsWith(error.Message, "qa.json: ");
        StringAssert.Contains(error.Message, expected);
    }
}

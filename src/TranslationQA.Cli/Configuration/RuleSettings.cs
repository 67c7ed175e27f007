using System.Text.Json;

namespace TranslationQA.Cli.Configuration;

/// <summary>
/// The <c>"rules"</c> setting of a config file, <c>{"TQA017": "off", "TQA001": "minor"}</c>, as the values of the
/// options that say the same on the command line: <c>off</c> is <c>--disable TQA017</c>, anything else
/// <c>--severity TQA001=minor</c> (which that option checks).
/// </summary>
internal static class RuleSettings
{
    /// <summary>The key of the setting.</summary>
    public const string Key = "rules";

    /// <summary>The option that switches a rule off.</summary>
    public const string DisableOption = "--disable";

    /// <summary>The option that overrides a rule's severity.</summary>
    public const string SeverityOption = "--severity";

    /// <summary>The (option, value) pairs of <paramref name="rules"/>, in file order; a malformed setting is a <see cref="ConfigException"/> naming <paramref name="path"/>.</summary>
    public static IReadOnlyList<(string Option, string Value)> Tokens(JsonElement rules, string path)
    {
        if (rules.ValueKind != JsonValueKind.Object)
        {
            throw new ConfigException($"{path}: \"{Key}\" must be an object of rule ids, e.g. {{\"TQA017\": \"off\", \"TQA001\": \"minor\"}}");
        }

        var tokens = new List<(string, string)>();
        foreach (var rule in rules.EnumerateObject())
        {
            if (rule.Value.ValueKind != JsonValueKind.String || rule.Value.GetString() is not { Length: > 0 } setting)
            {
                throw new ConfigException($"{path}: \"{Key}\": \"{rule.Name}\" must be \"off\" or a severity (critical, major, minor)");
            }

            tokens.Add(setting.Equals("off", StringComparison.OrdinalIgnoreCase)
                ? (DisableOption, rule.Name)
                : (SeverityOption, $"{rule.Name}={setting}"));
        }

        return tokens;
    }
}

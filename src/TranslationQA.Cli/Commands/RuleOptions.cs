using System.CommandLine;
using System.CommandLine.Parsing;
using TranslationQA.Core.Checks;
using TranslationQA.Core.Model;

namespace TranslationQA.Cli.Commands;

/// <summary>
/// <c>--disable TQA017,TQA020</c> and <c>--severity TQA001=minor</c>: which rules run and with what severity. Both are
/// parsed (and refused, with the valid choices) before any work; ids and severities are case-insensitive.
/// </summary>
internal sealed class RuleOptions
{
    private static readonly string[] SeverityNames = ["critical", "major", "minor"];

    public Option<IReadOnlySet<string>> Disable { get; } = new("--disable")
    {
        Description = "Rules not to run, comma-separated or repeated (e.g. TQA017,TQA020); they appear in no report.",
        Arity = ArgumentArity.OneOrMore,
        CustomParser = ParseDisabled,
    };

    public Option<IReadOnlyDictionary<string, Severity>> Severity { get; } = new("--severity")
    {
        Description = "Give every finding of a rule this severity, for the gate, the score and every report: RULE=critical|major|minor, comma-separated or repeated.",
        Arity = ArgumentArity.OneOrMore,
        CustomParser = ParseSeverities,
    };

    /// <summary>The rule settings the command line asks for.</summary>
    public RuleSettings Read(ParseResult result) => new(
        result.GetValue(Disable) ?? new HashSet<string>(),
        result.GetValue(Severity) ?? new Dictionary<string, Severity>());

    private static IReadOnlySet<string> ParseDisabled(ArgumentResult result)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in CheckCommand.CommaList(result))
        {
            if (RuleSettings.Find(value) is { } rule)
            {
                ids.Add(rule.Id);
            }
            else
            {
                result.AddError($"--disable: {RuleSettings.Unknown(value)}");
            }
        }

        return ids;
    }

    private static IReadOnlyDictionary<string, Severity> ParseSeverities(ArgumentResult result)
    {
        var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);
        foreach (var value in CheckCommand.CommaList(result))
        {
            var parts = value.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2)
            {
                result.AddError($"--severity: '{value}' is not RULE=SEVERITY; write e.g. TQA001=minor");
            }
            else if (RuleSettings.Find(parts[0]) is not { } rule)
            {
                result.AddError($"--severity: {RuleSettings.Unknown(parts[0])}");
            }
            else if (Severities.Parse(parts[1]) is { } severity)
            {
                severities[rule.Id] = severity;
            }
            else
            {
                var near = NearestName.Of(parts[1].ToLowerInvariant(), SeverityNames);
                result.AddError($"--severity {rule.Id}: '{parts[1]}' is not a severity; choose critical, major or minor"
                    + (near is null ? "" : $" (did you mean {near}?)"));
            }
        }

        return severities;
    }
}

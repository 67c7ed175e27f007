using System.CommandLine;
using System.Globalization;
using TranslationQA.Core.Checks;
using TranslationQA.Core.Findings;

namespace TranslationQA.Cli.Commands;

/// <summary>
/// <c>translationqa rules [id]</c>: the check catalogue with each rule's measured precision and recall on the labelled
/// sets (test halves of Checks/Data/calibration.tsv), one rule a line, one rule in full (<see cref="RuleHelp"/>), or as a
/// Markdown table.
/// </summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var markdown = new Option<bool>("--markdown") { Description = "Print a Markdown table (as in the README)." };
        var id = new Argument<string?>("id") { Description = "Show one rule in full, with an example it flags and one it does not (e.g. TQA007).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("rules", "List the checks: id, severity, MQM category, what each finds and how precise it measured.") { id, markdown };
        command.SetAction(result =>
        {
            var rules = CheckCatalogue.Rules;
            var calibration = Calibration.BuiltIn;
            var sets = RuleMeasurement.PublicSets(calibration);
            if (result.GetValue(id) is { } one)
            {
                if (RuleSettings.Find(one) is not { } rule)
                {
                    Console.Error.WriteLine($"error: {RuleSettings.Unknown(one)}");
                    return ExitCodes.Error;
                }

                RuleHelp.Write(Console.Out, rule, calibration, sets);
                return ExitCodes.Passed;
            }

            if (result.GetValue(markdown))
            {
                var measured = string.Concat(sets.Select(s => $" {s}: precision / recall |"));
                Console.WriteLine($"| id | title | MQM category | default severity |{measured} what it finds |");
                Console.WriteLine($"|---|---|---|---|{string.Concat(sets.Select(_ => "---|"))}---|");
                foreach (var r in rules)
                {
                    var figures = string.Concat(RuleMeasurement.Of(calibration, r.Id, sets).Select(m => $" {Figure(m)} |"));
                    Console.WriteLine($"| {r.Id} | {r.Title} | {r.Category} | {Name(r.DefaultSeverity)} |{figures} {r.Help.Replace("|", "\\|", StringComparison.Ordinal)} |");
                }
            }
            else
            {
                foreach (var r in rules)
                {
                    var figures = string.Join("  ", RuleMeasurement.Of(calibration, r.Id, sets).Select(Figure));
                    Console.WriteLine($"{r.Id}  {Name(r.DefaultSeverity),-8} {r.Category,-40} {r.Title,-42} {figures}");
                }
            }

            return ExitCodes.Passed;
        });
        return command;
    }

    private static string Name(Core.Model.Severity severity) => severity.ToString().ToLowerInvariant();

    private static string Figure(RuleMeasurement m) =>
        m.Flagged == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{m.Precision:F2} / {m.Recall:F3}");
}

using System.CommandLine;
using TranslationQA.Core.Checks;

namespace TranslationQA.Cli.Commands;

/// <summary><c>translationqa rules</c>: the check catalogue, one rule a line, or as a Markdown table.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var markdown = new Option<bool>("--markdown") { Description = "Print a Markdown table (as in the README)." };
        var command = new Command("rules", "List the checks: id, severity, MQM category and what each finds.") { markdown };
        command.SetAction(result =>
        {
            var rules = CheckCatalogue.Rules;
            if (result.GetValue(markdown))
            {
                Console.WriteLine("| id | title | MQM category | default severity | what it finds |");
                Console.WriteLine("|---|---|---|---|---|");
                foreach (var r in rules)
                {
                    Console.WriteLine($"| {r.Id} | {r.Title} | {r.Category} | {r.DefaultSeverity.ToString().ToLowerInvariant()} | {r.Help.Replace("|", "\\|", StringComparison.Ordinal)} |");
                }
            }
            else
            {
                foreach (var r in rules)
                {
                    Console.WriteLine($"{r.Id}  {r.DefaultSeverity.ToString().ToLowerInvariant(),-8} {r.Category,-40} {r.Title}");
                }
            }

            return ExitCodes.Passed;
        });
        return command;
    }
}

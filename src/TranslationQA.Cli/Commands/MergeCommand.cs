using System.CommandLine;

namespace TranslationQA.Cli.Commands;

/// <summary><c>translationqa merge &lt;report.json&gt;...</c>: one run's reports from the reports of its shards.</summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var reports = new Argument<string[]>("report.json")
        {
            Description = "The report.json of every shard of one run (written by 'check --shard K/N').",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Folder for the merged reports (created if missing).",
            DefaultValueFactory = _ => "reports",
        };
        var formats = new Option<string>("--format", "-f")
        {
            Description = "Comma-separated report formats: html,json,sarif,junit,md.",
            DefaultValueFactory = _ => string.Join(',', CheckCommand.AllFormats),
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors, the findings at or above the gate and the summary." };
        var command = new Command("merge",
            "Merge the report.json files of every shard of a run into the reports of the whole run, with its exit code: 0 pass, 1 gate failed, 2 error (also a missing or duplicated shard).")
        {
            reports, output, formats, quiet,
        };
        command.SetAction((result, cancellationToken) =>
        {
            var settings = new MergeSettings(
                result.GetValue(reports) ?? [],
                result.GetValue(output)!,
                (result.GetValue(formats) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                result.GetValue(quiet));
            return new MergeRunner(Console.Out, Console.Error, TimeProvider.System).RunAsync(settings, cancellationToken);
        });
        return command;
    }
}

using System.CommandLine;

namespace TranslationQA.Cli.Commands;

/// <summary><c>translationqa eval &lt;set&gt;...</c>: measure the checks on labelled articles.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var sets = new Argument<string[]>("set")
        {
            Description = "Labelled sets: folders of article folders with gold.jsonl (one label per target line) or expected.tsv " +
                          "(hand annotations), or a .jsonl article file with its .gold.jsonl beside it.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Folder for eval.json and eval.md (created if missing).",
            DefaultValueFactory = _ => "reports",
        };
        var engine = new Option<string>("--engine", "-e")
        {
            Description = "Back-translation engine, as for check: offline, azure or libretranslate.",
            DefaultValueFactory = _ => "offline",
        };
        Choices.Accept(engine, "offline", "azure", "libretranslate");
        var traps = new Option<string?>("--traps") { Description = "Extra MT-trap file, as for check." };
        var asProposed = new Option<bool>("--as-proposed")
        {
            Description = "Measure the severities the checks propose, without the built-in calibration.",
        };
        var calibration = new Option<string?>("--write-calibration")
        {
            Description = "Also write the calibration table (precision of every evidence class on the tuning halves) to this file.",
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors and the summary table." };
        var command = new Command("eval",
            "Measure the checks on labelled articles: precision, recall, false-positive rate on clean lines and MCC at the critical " +
            "and major thresholds, per set half, rule, evidence class and MQM category. Exit 0, or 2 on a malformed gold file.")
        {
            sets, output, engine, traps, asProposed, calibration, quiet,
        };
        command.SetAction((result, cancellationToken) => new EvalRunner(Console.Out, Console.Error, TimeProvider.System).RunAsync(
            new EvalSettings(result.GetValue(sets) ?? [], result.GetValue(output)!, result.GetValue(engine)!, result.GetValue(traps),
                result.GetValue(asProposed), result.GetValue(calibration), result.GetValue(quiet)),
            cancellationToken));
        return command;
    }
}


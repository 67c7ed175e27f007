using System.CommandLine;

namespace TranslationQA.Cli.Commands;

/// <summary><c>translationqa bench</c>: throughput and peak memory of the whole pipeline on generated articles.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from")
        {
            Description = "Article folders to vary (each becomes many distinct articles).",
            DefaultValueFactory = _ => Path.Combine("fixtures", "articles"),
        };
        var count = new Option<int>("--articles", "-n")
        {
            Description = "How many articles to check.",
            DefaultValueFactory = _ => 1000,
        };
        var reports = new Option<bool>("--reports") { Description = "Also write every report format and time it." };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Keep the reports in this folder (default: a temporary folder, removed after the run).",
        };
        var command = new Command("bench", "Measure articles per second (after start-up) and peak memory with the offline engine.")
        {
            from, count, reports, output,
        };
        command.SetAction((result, cancellationToken) => new BenchRunner(Console.Out, Console.Error, TimeProvider.System)
            .RunAsync(result.GetValue(from)!, result.GetValue(count), result.GetValue(reports), result.GetValue(output), cancellationToken));
        return command;
    }
}

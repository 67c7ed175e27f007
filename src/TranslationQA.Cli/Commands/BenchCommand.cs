using System.CommandLine;

namespace TranslationQA.Cli.Commands;

/// <summary><c>translationqa bench</c>: throughput and peak memory of the whole pipeline on generated articles.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from")
        {
            Description = "Article folders to vary (each becomes many distinct articles); default: the seed articles of the repository the tool was built in.",
            DefaultValueFactory = _ => SeedArticles(),
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

    /// <summary>
    /// fixtures/articles under the current folder, else under the repository the tool was built in (found above its
    /// binaries), so that bench runs from any folder of a checkout; else the relative path, which the runner reports.
    /// </summary>
    private static string SeedArticles()
    {
        var relative = Path.Combine("fixtures", "articles");
        if (Directory.Exists(relative))
        {
            return relative;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return relative;
    }
}

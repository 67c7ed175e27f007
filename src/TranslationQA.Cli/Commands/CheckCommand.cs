using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using TranslationQA.Cli.Configuration;
using TranslationQA.Core.Ingestion;
using TranslationQA.Core.Model;

namespace TranslationQA.Cli.Commands;

/// <summary><c>translationqa check &lt;path&gt;...</c>: the main job.</summary>
internal static class CheckCommand
{
    public static readonly string[] AllFormats = ["html", "json", "sarif", "junit", "md"];

    public static Command Create()
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Article folders (holding target.de.txt and optionally source.<lang>.txt), folders of such folders, .jsonl files, XLIFF (.xlf, .xliff) files, or - for JSONL on standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out", "-o")
        {
            HelpName = "folder",
            Description = "Folder for the reports (created if missing).",
            DefaultValueFactory = _ => "reports",
        };
        var formats = new Option<string[]>("--format", "-f")
        {
            Description = "Comma-separated report formats: html,json,sarif,junit,md.",
            DefaultValueFactory = _ => AllFormats,
            CustomParser = CommaList,
        };
        var engine = new Option<string>("--engine", "-e")
        {
            Description = "Back-translation engine: offline (Debian dictionaries, no network), azure (Azure AI Translator; key in AZURE_TRANSLATOR_KEY) or libretranslate.",
            DefaultValueFactory = _ => "offline",
        };
        Choices.Accept(engine, "offline", "azure", "libretranslate");
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Lowest severity that fails an article: critical, major, minor or none.",
            DefaultValueFactory = _ => "critical",
        };
        Choices.Accept(failOn, "critical", "major", "minor", "none");
        var maxScore = new Option<double?>("--max-score")
        {
            Description = "Also fail an article whose MQM penalty per 1,000 words is above this.",
            CustomParser = ParseScore,
        };
        var sourceLang = new Option<string>("--source-lang")
        {
            Description = "Back-translation language for articles without a source text (en or fr).",
            DefaultValueFactory = _ => "en",
        };
        Choices.Accept(sourceLang, "en", "fr");
        var azureEndpoint = new Option<string?>("--azure-endpoint")
        {
            Description = "Azure Translator endpoint (default: AZURE_TRANSLATOR_ENDPOINT or the global endpoint).",
        };
        var libreUrl = new Option<string?>("--libretranslate-url")
        {
            Description = "LibreTranslate server URL, e.g. http://localhost:5000 (key, if any, in LIBRETRANSLATE_API_KEY).",
        };
        var cache = new Option<string?>("--cache")
        {
            HelpName = "file",
            Description = "SQLite translation cache for the service engines (default: in the user's cache folder).",
        };
        var noCache = new Option<bool>("--no-cache") { Description = "Do not read or write the translation cache." };
        var concurrency = new Option<int>("--max-concurrency")
        {
            Description = "Parallel requests to a translation service.",
            DefaultValueFactory = _ => 4,
        };
        var traps = new Option<string?>("--traps")
        {
            HelpName = "file",
            Description = "Extra MT-trap file (TSV, format in the README) added to the built-in list.",
        };
        var glossary = new Option<string?>("--glossary")
        {
            HelpName = "file",
            Description = "Term base, TBX (TBX-Basic or TBX v3) or CSV (source,target,forbidden,note,caseSensitive,severity): the terminology rules TQA031 and TQA032 check against it.",
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors, the findings at or above the gate (why an article fails) and the summary: no other finding lines, no progress." };
        var shard = new Option<string?>("--shard")
        {
            Description = "Check only shard K of N (e.g. 2/3): the articles whose id hashes to K. Merge the shards' report.json files with 'translationqa merge'.",
        };

        var resume = new Option<bool>("--resume")
        {
            Description = "Continue the interrupted run whose reports are in --out: keep the articles it checked whose input is unchanged, check the rest.",
        };

        var suppressions = new Option<string?>("--suppressions")
        {
            HelpName = "file",
            Description = $"Reviewers' decisions (JSON, format in the README): the findings they judged not an error count for neither gate nor score (default: {Reporting.Review.SuppressionFile.DefaultFileName} in the working directory, when present).",
        };
        var baseline = new Option<string?>("--baseline")
        {
            HelpName = "file",
            Description = "The report.json of an earlier run: each finding is marked new or unchanged, and the findings gone are listed as absent.",
        };
        var gateScope = new Option<string>("--gate")
        {
            Description = "Which findings fail an article: all, or new (only those not in --baseline).",
            DefaultValueFactory = _ => "all",
        };
        Choices.Accept(gateScope, "all", "new");

        var maxArticleSize = new Option<long>("--max-article-size")
        {
            Description = "Refuse an article file or JSONL line larger than this, before reading it: bytes, or with kB, MB or GB (default 10MB).",
            DefaultValueFactory = _ => InputLimits.DefaultMaxArticleBytes,
            CustomParser = ParseSize,
        };
        var followSymlinks = new Option<bool>("--follow-symlinks")
        {
            Description = "Follow symbolic links inside an input folder that lead outside it (refused by default: input may come from others).",
        };

        var rules = new RuleOptions();

        var command = new Command("check", "Check articles and write the reports; exit 0 when all pass, 1 when one fails the gate, 2 on errors.")
        {
            paths, output, formats, engine, failOn, maxScore, sourceLang, azureEndpoint, libreUrl, cache, noCache,
            concurrency, traps, glossary, quiet, shard, resume, maxArticleSize, followSymlinks, rules.Disable, rules.Severity,
            suppressions, baseline, gateScope, ConfigOption.Create(),
        };
        // A path that looks like an option is a mistyped option (--fial-on), not a file to look for after the work.
        paths.Validators.Add(result => RejectOptionLikePaths(result, command));
        command.SetAction((result, cancellationToken) =>
        {
            var settings = new CheckSettings(
                result.GetValue(paths) ?? [],
                result.GetValue(output)!,
                [.. (result.GetValue(formats) ?? []).Select(f => f.ToLowerInvariant())],
                result.GetValue(engine)!,
                new QualityGate(Severities.Parse(result.GetValue(failOn)!), result.GetValue(maxScore),
                    result.GetValue(gateScope) == "new" ? GateScope.New : GateScope.All),
                result.GetValue(sourceLang)!,
                new EngineSettings(result.GetValue(azureEndpoint), result.GetValue(libreUrl), result.GetValue(cache),
                    result.GetValue(noCache), result.GetValue(concurrency), result.GetValue(traps)),
                result.GetValue(quiet),
                result.GetValue(shard),
                new InputLimits(result.GetValue(maxArticleSize), result.GetValue(followSymlinks)),
                result.GetValue(resume),
                result.GetValue(glossary),
                rules.Read(result),
                result.GetValue(suppressions),
                result.GetValue(baseline));
            var display = Progress.ProgressChoice.ForProcess(TimeProvider.System);
            return new CheckRunner(display.Stdout, display.Stderr, TimeProvider.System, display.Progress).RunAsync(settings, cancellationToken);
        });
        return command;
    }

    /// <summary>The values of a list option, each token split at commas: <c>-f json,html -f md</c> is json, html, md.</summary>
    internal static string[] CommaList(ArgumentResult result) =>
        [.. result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    private static double? ParseScore(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var score) && score >= 0 && double.IsFinite(score))
        {
            return score;
        }

        result.AddError($"--max-score: '{text}' is not a score; write a number of penalty points per 1,000 words, e.g. 40");
        return null;
    }

    private static void RejectOptionLikePaths(ArgumentResult result, Command command)
    {
        var names = command.Options.SelectMany(o => o.Aliases.Append(o.Name)).Distinct().ToList();
        foreach (var token in result.Tokens.Select(t => t.Value).Where(v => v.Length > 1 && v.StartsWith('-')))
        {
            var near = NearestName.Of(token, names);
            result.AddError($"unknown option '{token}'" + (near is null ? "; see 'translationqa check --help'" : $"; did you mean {near}?"));
        }
    }

    /// <summary>A size such as 10MB, 500kB or 2000000 (decimal units, as file managers show sizes).</summary>
    internal static long ParseSize(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value.Trim() : "";
        var digits = text.TakeWhile(char.IsAsciiDigit).Count();
        long? factor = text[digits..].Trim().ToUpperInvariant() switch
        {
            "" or "B" => 1,
            "KB" => 1_000,
            "MB" => 1_000_000,
            "GB" => 1_000_000_000,
            _ => null,
        };
        if (digits == 0 || factor is null || !long.TryParse(text[..digits], CultureInfo.InvariantCulture, out var number)
            || number < 1 || number > long.MaxValue / factor)
        {
            result.AddError($"--max-article-size: '{text}' is not a size; write e.g. 10MB, 500kB or 2000000");
            return 0;
        }

        return number * factor.Value;
    }
}

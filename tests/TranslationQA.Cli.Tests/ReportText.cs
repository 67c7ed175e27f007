using System.Text.RegularExpressions;

namespace TranslationQA.Cli.Tests;

/// <summary>Report and console text compared between runs that should agree on everything but when they ran.</summary>
internal static partial class ReportText
{
    /// <summary>Start, end, duration and generation times replaced by placeholders.</summary>
    public static string WithoutTimings(string text) =>
        Duration().Replace(Seconds().Replace(Time().Replace(DurationMs().Replace(text, "\"durationMs\": 0"), "TIME"), "time=\"0\""), "in DURATION.");

    /// <summary>The MSBuild-style finding lines a run printed.</summary>
    public static List<string> FindingLines(string stdout) => [.. stdout.Split('\n').Where(l => l.Contains(": error TQA", StringComparison.Ordinal)
        || l.Contains(": warning TQA", StringComparison.Ordinal))];

    [GeneratedRegex(@"\d{4}-\d\d-\d\d[T ][\d:.]+(Z|[+-]\d\d:\d\d| UTC)?")]
    private static partial Regex Time();

    [GeneratedRegex("\"durationMs\": \\d+")]
    private static partial Regex DurationMs();

    [GeneratedRegex("time=\"[\\d.]+\"")]
    private static partial Regex Seconds();

    [GeneratedRegex(@"in (under a second|\d+ \w+(, \d+ \w+)?)\.|<dd>[^<]*\([\d.]+ s\)</dd>")]
    private static partial Regex Duration();
}

using TranslationQA.Reporting.Ci;
using TranslationQA.Reporting.Html;
using TranslationQA.Reporting.Json;

namespace TranslationQA.Reporting;

/// <summary>The registry of built-in report formats.</summary>
public static class ReportWriters
{
    /// <summary>Format names, in the order <see cref="All"/> returns them.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["json", "html", "sarif", "junit", "md"];

    /// <summary>One writer per built-in format; <paramref name="time"/> stamps "generated at" (system clock when null).</summary>
    public static IReadOnlyList<IReportWriter> All(TimeProvider? time = null) =>
        [.. Formats.Select(name => ByName(name, time)!)];

    /// <summary>The writer for a format name (case-insensitive), or null when there is none.</summary>
    public static IReportWriter? ByName(string name, TimeProvider? time = null)
    {
        var clock = time ?? TimeProvider.System;
        return name.Trim().ToLowerInvariant() switch
        {
            "json" => new JsonReportWriter(clock),
            "html" => new HtmlReportWriter(clock),
            "sarif" => new SarifReportWriter(),
            "junit" => new JUnitReportWriter(),
            "md" or "markdown" => new MarkdownSummaryWriter(),
            _ => null,
        };
    }
}

using System.Globalization;
using Humanizer;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Html;

/// <summary>The run described in plain English words (Humanizer, explicit culture) for people reading the report.</summary>
public static class RunSummary
{
    /// <summary>The culture of every human-facing report text.</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("en-US");

    /// <summary>E.g. "5 articles: 3 fail, 1 error, 1 pass. 41 findings (4 critical, 20 major, 17 minor) in 2 seconds."</summary>
    public static string Sentence(RunReport report)
    {
        var pass = report.Articles.Count(a => a.Verdict == Verdict.Pass);
        var fail = report.Articles.Count(a => a.Verdict == Verdict.Fail);
        var error = report.Articles.Count(a => a.Verdict == Verdict.Error);
        var counts = ReportNames.Count(report.Articles.SelectMany(a => a.Findings));
        var verdicts = new List<string>();
        if (fail > 0) verdicts.Add($"{Number(fail)} fail");
        if (error > 0) verdicts.Add(error == 1 ? "1 could not be checked" : $"{Number(error)} could not be checked");
        if (pass > 0) verdicts.Add($"{Number(pass)} pass");
        var head = "article".ToQuantity(report.Articles.Count, "N0", Culture)
            + (verdicts.Count > 0 ? ": " + string.Join(", ", verdicts) : string.Empty);
        var findings = "finding".ToQuantity(counts.Total, "N0", Culture);
        if (counts.Total > 0)
        {
            findings += $" ({Number(counts.Critical)} critical, {Number(counts.Major)} major, {Number(counts.Minor)} minor)";
        }

        return $"{head}. {findings} in {Duration(report.Duration)}.";
    }

    /// <summary>A duration in words, e.g. "2 seconds" or "1 minute, 5 seconds"; "under a second" below one second.</summary>
    public static string Duration(TimeSpan duration) =>
        duration < TimeSpan.FromSeconds(1)
            ? "under a second"
            : duration.Humanize(2, Culture, maxUnit: TimeUnit.Hour, minUnit: TimeUnit.Second);

    /// <summary>A count with thousands separators in <see cref="Culture"/>.</summary>
    public static string Number(long value) => value.ToString("N0", Culture);
}

using System.Globalization;
using Humanizer;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Html;

/// <summary>The run described in plain English words (Humanizer, explicit culture) for people reading the report.</summary>
public static class RunSummary
{
    /// <summary>The culture of every human-facing report text.</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("en-US");

    /// <summary>
    /// E.g. "5 articles: 3 fail, 1 error, 1 pass. 41 findings (4 critical, 20 major, 17 minor) in 2 seconds.", with
    /// " and 2 suppressed" after the counts when a reviewer suppressed some.
    /// </summary>
    public static string Sentence(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Sentence(RunTotals.Of(report.Articles), report.Duration);
    }

    /// <summary>The same sentence from a run's totals and duration.</summary>
    public static string Sentence(RunTotals totals, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var counts = totals.Findings;
        var verdicts = new List<string>();
        if (totals.Fail > 0) verdicts.Add($"{Number(totals.Fail)} fail");
        if (totals.Error > 0) verdicts.Add(totals.Error == 1 ? "1 could not be checked" : $"{Number(totals.Error)} could not be checked");
        if (totals.Pass > 0) verdicts.Add($"{Number(totals.Pass)} pass");
        var head = "article".ToQuantity(totals.Articles, "N0", Culture)
            + (verdicts.Count > 0 ? ": " + string.Join(", ", verdicts) : string.Empty);
        var findings = "finding".ToQuantity(counts.Total, "N0", Culture);
        if (counts.Total > 0)
        {
            findings += $" ({Number(counts.Critical)} critical, {Number(counts.Major)} major, {Number(counts.Minor)} minor)";
        }

        if (counts.Suppressed > 0)
        {
            findings += $" and {Number(counts.Suppressed)} suppressed";
        }

        return $"{head}. {findings} in {Duration(duration)}.";
    }

    /// <summary>The sentence of a run that ended as <paramref name="end"/> says, first saying so if it was cancelled.</summary>
    public static string Sentence(RunTotals totals, RunEnd end)
    {
        ArgumentNullException.ThrowIfNull(end);
        var sentence = Sentence(totals, end.Duration);
        return end.Interrupted is { } stop
            ? $"Cancelled after {Number(stop.Checked)} of {"article".ToQuantity(stop.Total, "N0", Culture)}; the reports cover those only. {sentence}"
            : sentence;
    }

    /// <summary>A duration in words, e.g. "2 seconds" or "1 minute, 5 seconds"; "under a second" below one second.</summary>
    public static string Duration(TimeSpan duration) =>
        duration < TimeSpan.FromSeconds(1)
            ? "under a second"
            : duration.Humanize(2, Culture, maxUnit: TimeUnit.Hour, minUnit: TimeUnit.Second);

    /// <summary>A count with thousands separators in <see cref="Culture"/>.</summary>
    public static string Number(long value) => value.ToString("N0", Culture);
}

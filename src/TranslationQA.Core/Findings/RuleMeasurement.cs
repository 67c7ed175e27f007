namespace TranslationQA.Core.Findings;

/// <summary>A rule's measured precision and recall (findings at any severity) on one labelled set, from the calibration table.</summary>
/// <param name="Set">The labelled set.</param>
/// <param name="Half">The half reported: test for a split set, all for our fixtures.</param>
/// <param name="Flagged">Lines the rule flagged.</param>
/// <param name="Precision">Bad lines among them.</param>
/// <param name="Recall">Bad lines of the set it flagged.</param>
public sealed record RuleMeasurement(string Set, string Half, int Flagged, double Precision, double Recall)
{
    /// <summary>
    /// The measurements of <paramref name="ruleId"/> in <paramref name="calibration"/> on the two public sets (their test
    /// halves, which decided nothing) in table order; a set where the rule never fired is reported with no flags.
    /// </summary>
    public static IReadOnlyList<RuleMeasurement> Of(Calibration calibration, string ruleId, IReadOnlyList<string> sets) =>
    [
        .. sets.Select(set => calibration.Rows.FirstOrDefault(r => r.Kind == "rule" && r.Key == ruleId && r.Set == set && r.Half == "test")
            is { } row
            ? new RuleMeasurement(set, row.Half, row.Flagged, row.Precision, row.Recall)
            : new RuleMeasurement(set, "test", 0, 0, 0)),
    ];

    /// <summary>The public sets the table measures, in its order.</summary>
    public static IReadOnlyList<string> PublicSets(Calibration calibration) =>
        [.. calibration.Rows.Where(r => r.Half == "test").Select(r => r.Set).Distinct().Order(StringComparer.Ordinal)];
}

using TranslationQA.Core.Model;

namespace TranslationQA.Core.Findings;

/// <summary>
/// Severity earned by measured precision. A check proposes the severity the error would have if it is real; the
/// finding keeps it only when its evidence class has earned it on the labelled sets: critical needs a precision of at
/// least 0.8, major at least 0.5, on at least one set where the class flagged enough lines to tell, and no set may
/// speak against it: neither a set with enough lines and a lower precision, nor a set with few lines whose 95 % Wilson
/// interval lies wholly below the level (none of 7 flags right, say). Anything else is minor. The confidence of a
/// finding is its class's precision pooled over the sets.
/// </summary>
public sealed class SeverityPolicy
{
    /// <summary>Precision a class needs for critical findings (issue 9: "critical only at 0.8 or more").</summary>
    public const double CriticalPrecision = 0.8;

    /// <summary>Precision a class needs for major findings (issue 9: "major only at 0.5 or more").</summary>
    public const double MajorPrecision = 0.5;

    /// <summary>
    /// Flagged lines a set needs before its precision counts for a class: with fewer, one line more or less moves the
    /// precision by more than 0.1, the width of the bands above, so the figure cannot decide a severity.
    /// </summary>
    public const int MinimumSupport = 10;

    private static readonly HashSet<string> UserSeverityRules = [.. Checks.Rules.All.Where(r => r.UserSeverity).Select(r => r.Id)];

    private readonly Dictionary<string, (Severity Earned, double? Confidence)> _byKey = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, Severity> _overrides = new Dictionary<string, Severity>();

    /// <summary>A policy over <paramref name="calibration"/>'s evidence rows; null keeps every proposed severity.</summary>
    public SeverityPolicy(Calibration? calibration)
    {
        IsMeasured = calibration is not null;
        foreach (var group in (calibration?.Rows ?? []).Where(r => r.Kind == "evidence" && r.Half is "tune" or "all").GroupBy(r => r.Key))
        {
            _byKey[group.Key] = Earn([.. group.Where(r => r.Half == "tune"), .. Fixtures(group.Where(r => r.Half == "all"))]);
        }
    }

    private SeverityPolicy(SeverityPolicy measured, IReadOnlyDictionary<string, Severity> overrides)
    {
        (IsMeasured, _byKey, _overrides) = (measured.IsMeasured, measured._byKey, overrides);
    }

    /// <summary>The policy of the built-in measurement.</summary>
    public static SeverityPolicy Measured { get; } = new(Calibration.BuiltIn);

    /// <summary>Keeps what the checks propose: for measuring the checks themselves and for their unit tests.</summary>
    public static SeverityPolicy AsProposed { get; } = new(null);

    /// <summary>False for <see cref="AsProposed"/>.</summary>
    public bool IsMeasured { get; }

    /// <summary>The highest severity <paramref name="evidenceKey"/> has earned, and its measured precision.</summary>
    public (Severity Earned, double? Confidence) For(string evidenceKey) =>
        !IsMeasured ? (Severity.Critical, null) : _byKey.GetValueOrDefault(evidenceKey, (Severity.Minor, null));

    /// <summary>
    /// This policy with the severity of every finding of a rule in <paramref name="severities"/> set to the one given
    /// there (<c>--severity TQA001=minor</c>): the user's word replaces what the measurement earned, either way.
    /// </summary>
    public SeverityPolicy Overriding(IReadOnlyDictionary<string, Severity> severities)
    {
        ArgumentNullException.ThrowIfNull(severities);
        return severities.Count == 0 ? this : new SeverityPolicy(this, severities);
    }

    /// <summary>
    /// <paramref name="finding"/> with its severity capped at what its class earned (or set to its rule's override) and its
    /// confidence set; a finding of a rule whose severity is the user's (a glossary entry's)
    /// keeps it unless overridden, with no confidence.
    /// </summary>
    public Finding Apply(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (_overrides.TryGetValue(finding.RuleId, out var chosen))
        {
            return finding with { Severity = chosen, Confidence = UserSeverityRules.Contains(finding.RuleId) ? null : For(finding.EvidenceKey).Confidence };
        }

        if (UserSeverityRules.Contains(finding.RuleId))
        {
            return finding;
        }

        var (earned, confidence) = For(finding.EvidenceKey);
        return finding with { Severity = finding.Severity > earned ? earned : finding.Severity, Confidence = confidence };
    }

    /// <summary>
    /// Our own annotated fixtures (the in-sample sets, measured whole) count as one set: they are small, made the same
    /// way, and only together do they hold enough lines to speak for a class that fires on nothing else (a French trap).
    /// </summary>
    private static IEnumerable<CalibrationRow> Fixtures(IEnumerable<CalibrationRow> rows)
    {
        var list = rows.ToList();
        return list.Count == 0 ? [] : [new CalibrationRow("evidence", list[0].Key, "fixtures", "all",
            list.Sum(r => r.Lines), list.Sum(r => r.Bad), list.Sum(r => r.Flagged), list.Sum(r => r.Hits))];
    }

    private static (Severity, double?) Earn(IReadOnlyList<CalibrationRow> rows)
    {
        var flagged = rows.Sum(r => r.Flagged);
        // Three decimals, as report.json writes it, so every report (and a shard merge) shows the same figure.
        double? confidence = flagged == 0 ? null : Math.Round((double)rows.Sum(r => r.Hits) / flagged, 3, MidpointRounding.AwayFromZero);
        var earned = Holds(rows, CriticalPrecision) ? Severity.Critical : Holds(rows, MajorPrecision) ? Severity.Major : Severity.Minor;
        return (earned, confidence);
    }

    private static bool Holds(IReadOnlyList<CalibrationRow> rows, double level) =>
        rows.Any(r => r.Flagged >= MinimumSupport && r.Precision >= level)
        && !rows.Any(r => r.Flagged >= MinimumSupport ? r.Precision < level : r.Flagged > 0 && WilsonUpper(r.Hits, r.Flagged) < level);

    /// <summary>Upper end of the 95 % Wilson score interval of a precision of <paramref name="hits"/> in <paramref name="n"/>.</summary>
    internal static double WilsonUpper(int hits, int n)
    {
        const double z = 1.96;
        var p = (double)hits / n;
        var centre = p + (z * z / (2 * n));
        var spread = z * Math.Sqrt((p * (1 - p) / n) + (z * z / (4.0 * n * n)));
        return (centre + spread) / (1 + (z * z / n));
    }
}

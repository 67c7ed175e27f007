using TranslationQA.Core.Findings;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting;

/// <summary>The lower-case names every machine format uses for severities, verdicts and bead kinds.</summary>
public static class ReportNames
{
    /// <summary>Severities from worst to mildest, the order reports list them in.</summary>
    public static IReadOnlyList<Severity> SeveritiesWorstFirst { get; } = [Severity.Critical, Severity.Major, Severity.Minor];

    /// <summary>critical, major or minor.</summary>
    public static string Of(Severity severity) => severity switch
    {
        Severity.Critical => "critical",
        Severity.Major => "major",
        Severity.Minor => "minor",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    /// <summary>pass, fail or error.</summary>
    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Pass => "pass",
        Verdict.Fail => "fail",
        Verdict.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    /// <summary>oneToOne, oneToTwo, twoToOne, omission or addition.</summary>
    public static string Of(BeadKind kind) => kind switch
    {
        BeadKind.OneToOne => "oneToOne",
        BeadKind.OneToTwo => "oneToTwo",
        BeadKind.TwoToOne => "twoToOne",
        BeadKind.Omission => "omission",
        BeadKind.Addition => "addition",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The gate's scope as report.json writes it when the gate looks only at new findings.</summary>
    public const string NewOnlyScope = "new";

    /// <summary>new or unchanged, as SARIF names the states.</summary>
    public static string Of(BaselineState state) => state == BaselineState.New ? "new" : "unchanged";

    /// <summary>Counts an article's findings per severity; the suppressed ones are counted apart.</summary>
    public static SeverityCounts Count(IEnumerable<Finding> findings)
    {
        int critical = 0, major = 0, minor = 0, suppressed = 0;
        foreach (var finding in findings)
        {
            if (!finding.Counts)
            {
                suppressed++;
                continue;
            }

            switch (finding.Severity)
            {
                case Severity.Critical: critical++; break;
                case Severity.Major: major++; break;
                default: minor++; break;
            }
        }

        return new SeverityCounts(critical, major, minor, suppressed);
    }

    /// <summary>True when the gate fails an article on a finding of this severity.</summary>
    public static bool AtOrAboveGate(Severity severity, QualityGate gate) =>
        gate.FailOn is { } failOn && severity >= failOn;

    /// <summary>True when <paramref name="finding"/> fails its article: at or above the gate, not suppressed, and new if the gate looks only at new findings.</summary>
    public static bool FailsGate(Finding finding, QualityGate gate)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return AtOrAboveGate(finding.Severity, gate) && GateEvaluator.InScope(gate, finding);
    }
}

/// <summary>Number of findings per severity, and of the suppressed ones, which those leave out.</summary>
public sealed record SeverityCounts(int Critical, int Major, int Minor, int Suppressed = 0)
{
    /// <summary>All findings not suppressed.</summary>
    public int Total => Critical + Major + Minor;

    /// <summary>The count for one severity.</summary>
    public int Of(Severity severity) => severity switch
    {
        Severity.Critical => Critical,
        Severity.Major => Major,
        _ => Minor,
    };
}

using TranslationQA.Core.Model;

namespace TranslationQA.Core.Findings;

/// <summary>Decides pass or fail for one article against a <see cref="QualityGate"/>.</summary>
public static class GateEvaluator
{
    /// <summary>
    /// Fail when a finding the gate looks at (<see cref="InScope"/>) is at or above <c>FailOn</c>, or
    /// <paramref name="score"/>, the MQM score of those findings, is above <c>MaxScore</c>.
    /// </summary>
    public static Verdict Evaluate(QualityGate gate, IEnumerable<Finding> findings, double score)
    {
        ArgumentNullException.ThrowIfNull(gate);
        if (gate.FailOn is { } failOn && findings.Any(f => f.Severity >= failOn && InScope(gate, f)))
        {
            return Verdict.Fail;
        }

        return gate.MaxScore is { } max && score > max ? Verdict.Fail : Verdict.Pass;
    }

    /// <summary>True when the gate looks at <paramref name="finding"/>: counted, and new when the gate looks only at new findings.</summary>
    public static bool InScope(QualityGate gate, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Counts && (gate.Scope == GateScope.All || finding.Review?.Baseline != BaselineState.Unchanged);
    }
}

using TranslationQA.Core.Model;

namespace TranslationQA.Core.Findings;

/// <summary>Decides pass or fail for one article against a <see cref="QualityGate"/>.</summary>
public static class GateEvaluator
{
    /// <summary>Fail when any finding is at or above <c>FailOn</c>, or the score is above <c>MaxScore</c>.</summary>
    public static Verdict Evaluate(QualityGate gate, IEnumerable<Finding> findings, double score)
    {
        ArgumentNullException.ThrowIfNull(gate);
        if (gate.FailOn is { } failOn && findings.Any(f => f.Severity >= failOn))
        {
            return Verdict.Fail;
        }

        return gate.MaxScore is { } max && score > max ? Verdict.Fail : Verdict.Pass;
    }
}

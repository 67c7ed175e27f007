namespace TranslationQA.Core.Model;

/// <summary>Whether a finding was in the report a run is compared with (<c>check --baseline</c>).</summary>
public enum BaselineState
{
    /// <summary>Not in the baseline: the gate of <see cref="GateScope.New"/> looks at it.</summary>
    New,
    /// <summary>In the baseline already.</summary>
    Unchanged,
}

/// <summary>What a reviewer's decisions and an earlier run say of a finding.</summary>
/// <param name="Justification">Why a reviewer judged it not an error; null when it is not suppressed.</param>
/// <param name="Baseline">Its state against the baseline, null when the run has none.</param>
public sealed record FindingReview(string? Justification, BaselineState? Baseline)
{
    /// <summary>True when a reviewer judged the finding not an error: it counts for neither the gate nor the score.</summary>
    public bool IsSuppressed => Justification is not null;
}

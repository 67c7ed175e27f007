namespace TranslationQA.Core.Model;

/// <summary>A likely error, located exactly in the German target text, with the evidence for it.</summary>
/// <param name="RuleId">Id of the rule that raised it.</param>
/// <param name="Category">MQM category path.</param>
/// <param name="Severity">Severity.</param>
/// <param name="Span">Location in the target text (1-based line and column).</param>
/// <param name="TargetText">The flagged German text (exactly the span).</param>
/// <param name="SourceText">The source words it concerns, if any.</param>
/// <param name="BackTranslation">The back-translation of the span (or gloss), if any.</param>
/// <param name="Message">What is wrong, in one sentence a reviewer understands.</param>
/// <param name="SourceSentenceIndex">Index of the source sentence involved, if any (omissions point here).</param>
/// <param name="Evidence">
/// The evidence class within the rule (e.g. "changed" for a number that differs), the unit whose precision is measured
/// on labelled data and decides the severity the finding may have; null when the rule has one class.
/// </param>
/// <param name="Confidence">The measured precision of the evidence class (see Checks/Data/calibration.tsv), null when unmeasured.</param>
/// <param name="Unit">The XLIFF unit (and segment) the finding is in; null for other inputs.</param>
/// <param name="Review">A reviewer's suppression and the baseline state, null when neither applies.</param>
public sealed record Finding(
    string RuleId,
    string Category,
    Severity Severity,
    TextSpan Span,
    string TargetText,
    string? SourceText,
    string? BackTranslation,
    string Message,
    int? SourceSentenceIndex = null,
    string? Evidence = null,
    double? Confidence = null,
    UnitLocation? Unit = null,
    FindingReview? Review = null)
{
    /// <summary>True unless a reviewer suppressed it: only counted findings weigh in the score and the gate.</summary>
    public bool Counts => Review?.IsSuppressed != true;

    /// <summary>The rule and evidence class, e.g. "TQA007.changed", or the rule id alone.</summary>
    public string EvidenceKey => Evidence is null ? RuleId : $"{RuleId}.{Evidence}";
}

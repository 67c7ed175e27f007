namespace TranslationQA.Core.Evaluation;

/// <summary>A rule's lines flagged at the critical threshold, at the major threshold and at any severity.</summary>
public sealed record RuleMetrics(string Rule, Metrics Critical, Metrics Major, Metrics Any);

/// <summary>
/// Lines flagged by one evidence class at any severity (the severity does not matter: this is what calibration reads
/// to decide which severity the class has earned).
/// </summary>
public sealed record EvidenceMetrics(string Evidence, Metrics Any);

/// <summary>Bad lines with a major error of one MQM category, and how many of them are flagged at major or above.</summary>
public sealed record CategoryRecall(string Category, int Lines, int Found)
{
    /// <summary>Found / lines.</summary>
    public double Recall => Lines == 0 ? 0 : (double)Found / Lines;
}

/// <summary>
/// The diffs measured against the labels (issue 13): source content words of the aligned beads, how many the diff
/// marks as without counterpart, their share on clean lines, and how well the per-line share ranks bad lines first.
/// </summary>
/// <param name="ContentWords">Source content words of aligned beads on labelled lines.</param>
/// <param name="WithoutCounterpart">Of those, the ones in deleted pieces.</param>
/// <param name="CleanShare">Share without counterpart on clean lines.</param>
/// <param name="Auc">Chance that a bad line has a higher share than a line without a major error (0.5: chance).</param>
public sealed record DiffMeasure(int ContentWords, int WithoutCounterpart, double CleanShare, double Auc)
{
    /// <summary>Share without counterpart over all labelled lines.</summary>
    public double Share => ContentWords == 0 ? 0 : (double)WithoutCounterpart / ContentWords;
}

/// <summary>Findings of one rule on the human reference translations of a set.</summary>
/// <param name="Rule">Rule id.</param>
/// <param name="Findings">Its findings there, at any severity.</param>
/// <param name="PerThousandWords">Findings per 1,000 German words of the references.</param>
public sealed record ReferenceRate(string Rule, int Findings, double PerThousandWords);

/// <summary>
/// What the checks find on the human reference translations of a set (systems named ref.A, ref-B, ...): good German
/// by professionals, so a rule's rate there bounds its false alarms on faithful text (issue 14).
/// </summary>
/// <param name="Articles">Reference articles checked.</param>
/// <param name="Words">Their German words (word and number tokens, as the MQM score counts them).</param>
/// <param name="Rules">Every rule of the catalogue with its findings there.</param>
public sealed record ReferenceMeasure(int Articles, int Words, IReadOnlyList<ReferenceRate> Rules);

/// <summary>One half of a set (tune, test) or the whole (all): the figures of the README's table.</summary>
public sealed record HalfEvaluation(
    string Half,
    Metrics Critical,
    Metrics Major,
    IReadOnlyList<RuleMetrics> Rules,
    IReadOnlyList<EvidenceMetrics> Evidence,
    IReadOnlyList<CategoryRecall> Categories,
    DiffMeasure Diff,
    ReferenceMeasure References);

/// <summary>The measurement of one labelled set.</summary>
/// <param name="Name">Set name.</param>
/// <param name="Path">Where it was read from.</param>
/// <param name="InSample">True for our own fixtures, measured whole; false for a set split into halves.</param>
/// <param name="Articles">Articles in the set.</param>
/// <param name="Errors">Articles that could not be checked (left out of every figure).</param>
/// <param name="Halves">tune, test and all, in that order (all only for an in-sample set).</param>
public sealed record SetEvaluation(string Name, string Path, bool InSample, int Articles, int Errors, IReadOnlyList<HalfEvaluation> Halves)
{
    /// <summary>The half named <paramref name="half"/>.</summary>
    public HalfEvaluation Half(string half) => Halves.Single(h => h.Half == half);
}

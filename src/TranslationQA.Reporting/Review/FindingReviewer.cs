using TranslationQA.Core.Findings;
using TranslationQA.Core.Model;
using TranslationQA.Reporting.Json;

namespace TranslationQA.Reporting.Review;

/// <summary>
/// Applies the reviewers' decisions and the baseline to each article's findings by fingerprint, and rescores the
/// article: a suppressed finding counts for neither the score nor the gate, and the gate of <see cref="GateScope.New"/>
/// looks only at the findings the baseline does not have. Holds the decisions and the baseline's fingerprints only.
/// </summary>
public sealed class FindingReviewer
{
    private readonly Dictionary<string, Suppression> _suppressions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _matched = new(StringComparer.Ordinal);
    private readonly Baseline? _baseline;

    /// <summary>A reviewer of the decisions in <paramref name="suppressions"/> and the findings of <paramref name="baseline"/>, either optional.</summary>
    public FindingReviewer(SuppressionFile? suppressions, Baseline? baseline)
    {
        foreach (var suppression in suppressions?.Suppressions ?? [])
        {
            _suppressions.TryAdd(suppression.Fingerprint.ToLowerInvariant(), suppression);
        }

        _baseline = baseline;
    }

    /// <summary>The article with each finding's review, its score and its verdict against <paramref name="gate"/>.</summary>
    /// <remarks>
    /// Every review is set afresh, so a result kept from an interrupted run (with that run's reviews) is judged by
    /// today's decisions.
    /// </remarks>
    public ArticleResult Apply(ArticleResult article, QualityGate gate)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(gate);
        // Without decisions or a baseline a fresh result is as the pipeline judged it; one kept by a resumed run may
        // still carry the reviews of its first run, which are cleared below.
        if (article.Verdict == Verdict.Error || (_suppressions.Count == 0 && _baseline is null && article.Findings.All(f => f.Review is null)))
        {
            return article;
        }

        var fingerprints = FindingFingerprint.ForArticle(article);
        var findings = article.Findings.Select((f, i) => f with { Review = Review(fingerprints[i]) }).ToList();
        var score = MqmScorer.Score(findings, article.WordCount);
        var gateScore = gate.Scope == GateScope.All ? score : MqmScorer.Score(findings.Where(f => GateEvaluator.InScope(gate, f)), article.WordCount);
        return article with { Findings = findings, Score = score, Verdict = GateEvaluator.Evaluate(gate, findings, gateScore) };
    }

    /// <summary>The suppressions no finding matched, and the baseline's findings now gone (null without a baseline).</summary>
    public async Task<ReviewOutcome> OutcomeAsync(CancellationToken cancellationToken)
    {
        var stale = _suppressions.Where(s => !_matched.Contains(s.Key))
            .Select(s => new StaleSuppressionDocument(s.Key, s.Value.Rule, s.Value.Article, s.Value.Justification)).ToList();
        var absent = _baseline is null ? null : await _baseline.AbsentAsync(cancellationToken).ConfigureAwait(false);
        return new ReviewOutcome(stale, absent);
    }

    private FindingReview? Review(string fingerprint)
    {
        string? justification = null;
        if (_suppressions.TryGetValue(fingerprint, out var suppression))
        {
            _matched.Add(fingerprint);
            justification = suppression.Justification.Trim();
        }

        var state = _baseline?.StateOf(fingerprint);
        return justification is null && state is null ? null : new FindingReview(justification, state);
    }
}

/// <summary>What a run's review leaves to report once it ends.</summary>
/// <param name="Stale">Suppressions that matched no finding of the run (a warning; the finding was fixed or its words changed).</param>
/// <param name="Absent">Findings of the baseline the run no longer has; null without a baseline.</param>
public sealed record ReviewOutcome(IReadOnlyList<StaleSuppressionDocument> Stale, IReadOnlyList<AbsentFindingDocument>? Absent);

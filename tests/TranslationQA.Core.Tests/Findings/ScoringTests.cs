using TranslationQA.Core.Findings;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Tests.Findings;

[TestClass]
public sealed class MqmScorerTests
{
    private static Finding F(Severity s, int offset = 0, string rule = "TQA001") =>
        new(rule, "Accuracy/Mistranslation", s, new TextSpan(offset, 1, 1, offset + 1), "x", null, null, "m");

    [TestMethod]
    public void Score_WhenMixedSeverities_WeighsPer1000Words() =>
        Assert.AreEqual((1 + 5 + 25) * 1000.0 / 500, MqmScorer.Score([F(Severity.Minor), F(Severity.Major), F(Severity.Critical)], 500), 1e-9);

    [TestMethod]
    public void Score_WhenNoFindings_IsZero() => Assert.AreEqual(0, MqmScorer.Score([], 0));

    [TestMethod]
    public void WordCounter_CountsWordsAndNumbersNotPunctuation() =>
        Assert.AreEqual(6, WordCounter.Count("Russland hat 100.000 Soldaten, sagte Blinken."));

    [TestMethod]
    [DataRow(Severity.Critical, null, Severity.Major, 0.0, Verdict.Pass)]
    [DataRow(Severity.Major, null, Severity.Major, 0.0, Verdict.Fail)]
    [DataRow(null, 10.0, Severity.Minor, 10.5, Verdict.Fail)]
    [DataRow(null, 10.0, Severity.Minor, 10.0, Verdict.Pass)]
    public void Evaluate_AppliesSeverityAndScoreLimits(Severity? failOn, double? maxScore, Severity found, double score, Verdict expected) =>
        Assert.AreEqual(expected, GateEvaluator.Evaluate(new QualityGate(failOn, maxScore), [F(found)], score));

    [TestMethod]
    public void Score_WhenAFindingIsSuppressed_LeavesItOut() =>
        Assert.AreEqual(1 * 1000.0 / 500, MqmScorer.Score([F(Severity.Minor), F(Severity.Critical) with { Review = new FindingReview("house style", null) }], 500), 1e-9);

    [TestMethod]
    [DataRow(GateScope.All, null, BaselineState.Unchanged, Verdict.Fail)]
    [DataRow(GateScope.New, null, BaselineState.Unchanged, Verdict.Pass)]
    [DataRow(GateScope.New, null, BaselineState.New, Verdict.Fail)]
    [DataRow(GateScope.All, "not an error", null, Verdict.Pass)]
    [DataRow(GateScope.New, "not an error", BaselineState.New, Verdict.Pass)]
    public void Evaluate_WhenReviewed_LooksOnlyAtCountedFindingsInScope(GateScope scope, string? justification, BaselineState? state, Verdict expected) =>
        Assert.AreEqual(expected, GateEvaluator.Evaluate(new QualityGate(Severity.Critical, null, scope),
            [F(Severity.Critical) with { Review = new FindingReview(justification, state) }], 0));

    [TestMethod]
    public void Normalize_WhenDuplicateSpanAndRule_KeepsMostSevereInOffsetOrder()
    {
        var result = FindingSet.Normalize([F(Severity.Minor, 5), F(Severity.Major, 5), F(Severity.Minor, 2), F(Severity.Minor, 5, "TQA002")]);

        Assert.AreEqual(3, result.Count);
        Assert.AreEqual(2, result[0].Span.Offset);
        Assert.AreEqual(Severity.Major, result[1].Severity);
        Assert.AreEqual("TQA002", result[2].RuleId);
    }
}

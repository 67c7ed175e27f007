using System.Globalization;
using TranslationQA.Core.Evaluation;
using TranslationQA.Core.Ingestion;
using TranslationQA.Core.Model;

namespace TranslationQA.Cli.Tests.Quality;

/// <summary>
/// The checks measured on the expert-labelled sets in ../shared/data (real machine translation nobody here wrote),
/// on both halves of the by-document split. The floors are the figures measured with the build that set them
/// (README, "Measured"), rounded down; raise them as the checks improve, never lower one without saying why.
/// </summary>
[TestClass]
public sealed class PublicSetMeasurementTests
{
    public TestContext TestContext { get; set; } = null!;

    // 2026-11-30: critical MCC 0.486 (tune) / 0.486 (test), major MCC 0.562 / 0.567, major precision 0.814 / 0.796.
    [TestMethod]
    [DataRow(SplitHalf.Tune)]
    [DataRow(SplitHalf.Test)]
    public async Task Ced_BothThresholds_StayAtOrAboveTheMeasuredMcc(string half)
    {
        var h = (await PublicSetRun.CedAsync()).Evaluation.Half(half);

        Print("wmt22-ced", h);
        Assert.IsGreaterThanOrEqualTo(0.48, h.Critical.Mcc);
        Assert.IsGreaterThanOrEqualTo(0.55, h.Major.Mcc);
        Assert.IsGreaterThanOrEqualTo(0.78, h.Major.Precision);
    }

    // 2026-11-29: major precision 0.464 (tune) / 0.278 (test), recall 0.017 / 0.007, false-positive rate on clean
    // lines 0.0030 / 0.0031. The goal (precision 0.45, recall 0.12) is not met; the floors keep what is. (The test
    // half's precision came down from 0.333 when the richer dictionary and WordNet's irregular forms came in: 5 of 18
    // flags instead of 7 of 21; the classes with the length evidence earn major on wmt22 and are few on wmt21.)
    [TestMethod]
    [DataRow(SplitHalf.Tune)]
    [DataRow(SplitHalf.Test)]
    public async Task Wmt21_MajorFindings_StayPreciseAndQuietOnCleanLines(string half)
    {
        var h = (await PublicSetRun.Wmt21Async()).Evaluation.Half(half);

        Print("wmt21-mqm", h);
        Assert.IsGreaterThanOrEqualTo(0.27, h.Major.Precision);
        Assert.IsGreaterThanOrEqualTo(0.006, h.Major.Recall);
        Assert.IsLessThanOrEqualTo(0.01, h.Major.FalsePositiveRate);
    }

    // Issue 13, the word diff: source content words marked without counterpart on the human references of wmt21
    // (2026-11-29: 0.216; 0.60 before the word links; goal 0.15, not met).
    [TestMethod]
    public async Task Wmt21References_DiffMarksFewSourceWordsWithoutCounterpart()
    {
        var refs = (await PublicSetRun.Wmt21Async()).Results.Where(r => r.Id.Contains("__ref.", StringComparison.Ordinal) && r.Analysis is not null);

        var (content, gaps) = refs.Select(r => DiffGaps.Count(r.Analysis!)).Aggregate((0, 0), (a, b) => (a.Item1 + b.Content, a.Item2 + b.WithoutCounterpart));

        var share = (double)gaps / content;
        TestContext.WriteLine(string.Create(CultureInfo.InvariantCulture, $"references: {gaps} of {content} source content words without counterpart = {share:P1}"));
        Assert.IsLessThanOrEqualTo(0.22, share);
    }

    // 2026-11-29: AUC 0.623 (tune) / 0.660 (test); 0.56 before the word links; goal 0.80, not met.
    [TestMethod]
    [DataRow(SplitHalf.Tune)]
    [DataRow(SplitHalf.Test)]
    public async Task Ced_ShareWithoutCounterpart_RanksCriticalErrorsFirst(string half)
    {
        var diff = (await PublicSetRun.CedAsync()).Evaluation.Half(half).Diff;

        TestContext.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{half}: AUC {diff.Auc:F3}"));
        Assert.IsGreaterThanOrEqualTo(0.62, diff.Auc);
    }

    // The source must never explain German that does not render it: each of 2,000 CED sources checked against the
    // German of another pair keeps at least 85 % of its content words without counterpart (2026-11-29: 89.8 %).
    [TestMethod]
    public async Task UnrelatedPairs_StayUnexplained()
    {
        var articles = LabelledSetReader.Read(SharedData.Ced).Articles.Select(a => a.Input.Article!).Take(3000).ToList();
        var inputs = articles.Take(2000).Select((a, i) => a with { Id = $"unrelated-{i}", Target = articles[i + 1000].Target })
            .Select(a => new ArticleInput(a.Id, a.TargetPath, a, null, [])).ToList();

        var results = await PublicSetRun.CheckAsync(inputs);
        var (content, gaps) = results.Where(r => r.Analysis is not null).Select(r => DiffGaps.Count(r.Analysis!))
            .Aggregate((0, 0), (a, b) => (a.Item1 + b.Content, a.Item2 + b.WithoutCounterpart));

        var share = (double)gaps / content;
        TestContext.WriteLine(string.Create(CultureInfo.InvariantCulture, $"unrelated pairs: {gaps} of {content} = {share:P1} without counterpart"));
        Assert.IsGreaterThanOrEqualTo(0.85, share);
    }

    private void Print(string set, HalfEvaluation h) => TestContext.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{set} {h.Half}: critical P {h.Critical.Precision:F3} R {h.Critical.Recall:F3} MCC {h.Critical.Mcc:F3}; " +
        $"major P {h.Major.Precision:F3} R {h.Major.Recall:F3} FPR {h.Major.FalsePositiveRate:F4} MCC {h.Major.Mcc:F3}"));
}

using System.Globalization;
using TranslationQA.Core.Model;

namespace TranslationQA.Cli.Tests.Quality;

/// <summary>
/// Recall and precision of the whole tool against the hand annotations in fixtures/ (expected.tsv per article).
/// The floors are set from the measurement stated in the README; they are never lowered to make a change pass.
/// </summary>
[TestClass]
public sealed class QualityMeasurementTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Measure_PrintsPerArticleFigures()
    {
        var all = await FixtureRun.AllAsync();
        foreach (var f in all)
        {
            var e = f.Evaluation;
            TestContext.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{f.Set}/{f.Name}: annotations {e.Annotations}, found {e.Found}, findings {e.Findings}, true {e.TruePositives}, recall {e.Recall:P1}, precision {e.Precision:P1}, missed critical {e.MissedCritical.Count}"));
            foreach (var m in e.Missed)
            {
                TestContext.WriteLine($"    missed {m.Severity} {m.Category} line {m.Line}: {m.Text}");
            }

            foreach (var u in e.Unexpected)
            {
                TestContext.WriteLine($"    extra {u.RuleId} {u.Severity} ({u.Span.Line},{u.Span.Column}) {u.TargetText} :: {u.Message}");
            }
        }

        Assert.IsNotEmpty(all);
    }

    // Floors measured on 2026-11-23 (README, "Measured"): seed recall 103/122, precision 101/124 (earlier the same day
    // 104/122: one of those matches came from a bug, "l'Ukraine" unknown to the entity list, and went with the fix);
    // pairs recall 46/49, precision 50/67; held-out recall 19/25, precision 23/32 (15/25 and 19/27 when first
    // measured, before the copied-words check and the larger entity list); second held-out set recall 15/27,
    // precision 18/23 (18/24 when first measured, before hyphenated names; fixtures/README.md). Raise them when the
    // checks improve; never lower them to pass.
    [TestMethod]
    [DataRow("articles", 0.84, 0.81)]
    [DataRow("pairs", 0.93, 0.74)]
    [DataRow("heldout", 0.76, 0.71)]
    [DataRow("heldout2", 0.55, 0.78)]
    public async Task RecallAndPrecision_OverAnnotatedFixtures_StayAtOrAboveTheMeasuredFloor(string set, double recallFloor, double precisionFloor)
    {
        var total = (await FixtureRun.AllAsync()).Where(f => f.Set == set)
            .Aggregate(Core.Findings.AnnotationEvaluation.Empty, (sum, f) => sum.Add(f.Evaluation));

        TestContext.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{set}: recall {total.Found}/{total.Annotations} = {total.Recall:P1}, precision {total.TruePositives}/{total.Findings} = {total.Precision:P1}"));
        Assert.IsGreaterThanOrEqualTo(recallFloor, total.Recall);
        Assert.IsGreaterThanOrEqualTo(precisionFloor, total.Precision);
    }

    [TestMethod]
    [DataRow("articles")]
    [DataRow("pairs")]
    public async Task CriticalErrors_AreAllFoundAtMajorOrAbove(string set)
    {
        var missed = (await FixtureRun.AllAsync()).Where(f => f.Set == set).SelectMany(f => f.Evaluation.MissedCritical).ToList();

        Assert.IsEmpty(missed, string.Join("; ", missed.Select(m => $"line {m.Line}: {m.Text}")));
    }

    [TestMethod]
    public async Task CleanControls_HaveAtMostOneMajorFindingPerThousandWords()
    {
        foreach (var control in (await FixtureRun.AllAsync()).Where(f => f.Set is "pairs" or "heldout" or "heldout2" && f.IsClean))
        {
            var serious = control.Result.Findings.Count(f => f.Severity >= Severity.Major);
            var perThousand = serious * 1000.0 / Math.Max(1, control.Result.WordCount);

            Assert.IsLessThanOrEqualTo(1.0, perThousand,
                $"{control.Name}: {string.Join("; ", control.Result.Findings.Where(f => f.Severity >= Severity.Major).Select(f => $"{f.RuleId} {f.TargetText}"))}");
        }
    }

    [TestMethod]
    public async Task OriginalGermanArticle_HasAtMostTwoMajorFindingsOutsideItsPageResidue()
    {
        var original = (await FixtureRun.AllAsync()).Single(f => f.Name == "spiegel-blinken-lavrov-meeting");

        var serious = original.Result.Findings
            .Where(f => f.Severity >= Severity.Major && f.Category != "Design and markup/Extraneous content")
            .ToList();

        Assert.IsLessThanOrEqualTo(2, serious.Count, string.Join("; ", serious.Select(f => $"{f.RuleId} {f.TargetText}")));
    }
}

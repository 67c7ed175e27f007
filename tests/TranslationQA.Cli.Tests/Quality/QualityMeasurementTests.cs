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
}

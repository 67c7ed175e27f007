using TranslationQA.Core.Model;
using TranslationQA.Reporting.Json;
using TranslationQA.Reporting.Review;
using TranslationQA.Reporting.Tests.Support;

namespace TranslationQA.Reporting.Tests.Review;

[TestClass]
public sealed class FindingReviewerTests
{
    private static readonly QualityGate Gate = QualityGate.Default;

    private static Finding F(Severity severity, string text, int offset) =>
        new("TQA001", "Accuracy/Mistranslation", severity, new TextSpan(offset, text.Length, 1, offset + 1), text, null, null, "m");

    private static ArticleResult Article(params Finding[] findings) => new("a", "a/target.de.txt", null, findings, 100, 0, Verdict.Fail);

    [TestMethod]
    public void Apply_WhenTheOnlyCriticalFindingIsSuppressed_PassesAndScoresWithoutIt()
    {
        var article = Article(F(Severity.Critical, "Avocado", 3), F(Severity.Minor, "Lille", 40));
        var fingerprint = FindingFingerprint.ForArticle(article)[0];
        var reviewer = new FindingReviewer(Suppress(fingerprint), null);

        var reviewed = reviewer.Apply(article, Gate);

        Assert.AreEqual(Verdict.Pass, reviewed.Verdict);
        Assert.AreEqual(10.0, reviewed.Score, 1e-9, "only the minor finding: 1 point per 100 words");
        Assert.AreEqual("satire", reviewed.Findings[0].Review!.Justification);
        Assert.IsNull(reviewed.Findings[1].Review);
    }

    [TestMethod]
    public async Task OutcomeAsync_WhenASuppressionMatchedNothing_ListsItAsStale()
    {
        var article = Article(F(Severity.Critical, "Avocado", 3));
        var reviewer = new FindingReviewer(Suppress(FindingFingerprint.ForArticle(article)[0], new string('0', 32)), null);
        reviewer.Apply(article, Gate);

        var outcome = await reviewer.OutcomeAsync(CancellationToken.None);

        Assert.AreEqual(new string('0', 32), outcome.Stale.Single().Fingerprint);
        Assert.IsNull(outcome.Absent);
    }

    [TestMethod]
    public async Task Apply_WhenGateIsNewOnly_FailsOnlyOnFindingsTheBaselineLacks()
    {
        using var temp = new TempDir();
        var before = Article(F(Severity.Critical, "Avocado", 3), F(Severity.Minor, "Lille", 40));
        var baselinePath = await WriteReportAsync(temp, before);
        var newOnly = Gate with { Scope = GateScope.New };

        // The same findings further down (lines inserted above): unchanged, so the new-only gate passes; the full gate does not.
        var shifted = Article(F(Severity.Critical, "Avocado", 30), F(Severity.Minor, "Lille", 67));
        var reviewer = new FindingReviewer(null, await Baseline.ReadAsync(baselinePath, _ => true, CancellationToken.None));
        var same = reviewer.Apply(shifted, newOnly);
        Assert.AreEqual(Verdict.Pass, same.Verdict);
        Assert.IsTrue(same.Findings.All(f => f.Review!.Baseline == BaselineState.Unchanged));
        Assert.AreEqual(Verdict.Fail, new FindingReviewer(null, await Baseline.ReadAsync(baselinePath, _ => true, CancellationToken.None)).Apply(shifted, Gate).Verdict);

        // Other words flagged: new and failing; the baseline's finding is gone (absent), the unchanged one is not.
        var edited = Article(F(Severity.Critical, "Avocados", 3), F(Severity.Minor, "Lille", 41));
        reviewer = new FindingReviewer(null, await Baseline.ReadAsync(baselinePath, _ => true, CancellationToken.None));
        var changed = reviewer.Apply(edited, newOnly);
        Assert.AreEqual(Verdict.Fail, changed.Verdict);
        Assert.AreEqual(BaselineState.New, changed.Findings[0].Review!.Baseline);
        Assert.AreEqual(BaselineState.Unchanged, changed.Findings[1].Review!.Baseline);
        var absent = (await reviewer.OutcomeAsync(CancellationToken.None)).Absent!;
        Assert.AreEqual("Avocado", absent.Single().TargetText);
    }

    [TestMethod]
    public async Task ReadAsync_WhenTheBaselineIsNotAReport_ThrowsNamingTheFile()
    {
        using var temp = new TempDir();
        var path = Path.Combine(temp.Path, "report.json");
        await File.WriteAllTextAsync(path, "{\"tool\": \"TranslationQA\", \"articles\": [ {\"id\": ");

        var error = await Assert.ThrowsExactlyAsync<InvalidDataException>(() => Baseline.ReadAsync(path, _ => true, CancellationToken.None));

        StringAssert.StartsWith(error.Message, path);
        StringAssert.Contains(error.Message, "is not a TranslationQA report.json");
    }

    private static SuppressionFile Suppress(params string[] fingerprints) =>
        new(1, [.. fingerprints.Select(f => new Suppression(f, null, null, null, "satire", null))]);

    private static async Task<string> WriteReportAsync(TempDir temp, ArticleResult article)
    {
        var report = SampleReports.Create() with { Articles = [article] };
        await new JsonReportWriter(FixedTime.Default).WriteAsync(report, temp.Path, CancellationToken.None);
        return Path.Combine(temp.Path, JsonReportWriter.FileName);
    }
}

using TranslationQA.Reporting.Review;
using TranslationQA.Reporting.Shards;
using TranslationQA.Reporting.Tests.Support;

namespace TranslationQA.Reporting.Tests.Shards;

[TestClass]
public sealed class ShardMergeTests
{
    [TestMethod]
    public async Task ArticlesAsync_WhenTheSampleRunIsOneShardOfOne_WritesEveryGoldenFileAgainByteForByte()
    {
        using var temp = new TempDir();
        var shardFolder = Path.Combine(temp.Path, "shard");
        var report = SampleReports.Create();
        await WriteShardAsync(report, new ShardRun(new Shard(1, 1), report.Articles.Count), shardFolder);
        var merged = Path.Combine(temp.Path, "merged");

        var merge = await ShardMerge.OpenAsync([Path.Combine(shardFolder, "report.json")], CancellationToken.None);
        IReadOnlyList<ReportFailure> failures;
        await using (merge)
        {
            var session = new ReportSet(ReportWriters.All(FixedTime.Default)).Open(merge.Run, merged);
            await foreach (var (result, position) in merge.ArticlesAsync(CancellationToken.None))
            {
                await session.AddAsync(result, position, CancellationToken.None);
            }

            failures = await session.CompleteAsync(merge.End, CancellationToken.None);
        }

        Assert.IsEmpty(failures);
        var files = Directory.GetFiles(merged, "*", SearchOption.AllDirectories);
        Assert.HasCount(Directory.GetFiles(Golden.Directory, "*", SearchOption.AllDirectories).Length - 1, files);
        foreach (var file in files)
        {
            Golden.AssertMatches(Path.GetRelativePath(merged, file).Replace('\\', '/'), await File.ReadAllTextAsync(file));
        }
    }

    [TestMethod]
    public async Task OpenAsync_WhenShardsDisagreeOnTheInputSize_ThrowsNamingTheReport()
    {
        using var temp = new TempDir();
        var report = SampleReports.Create();
        var first = report with { Articles = [.. report.Articles.Take(2)] };
        var second = report with { Articles = [.. report.Articles.Skip(2)] };
        await WriteShardAsync(first, new ShardRun(new Shard(1, 2), 5), Path.Combine(temp.Path, "a"));
        await WriteShardAsync(second, new ShardRun(new Shard(2, 2), 6), Path.Combine(temp.Path, "b"));

        var error = await Assert.ThrowsExactlyAsync<ShardMergeException>(() => ShardMerge.OpenAsync(
            [Path.Combine(temp.Path, "a", "report.json"), Path.Combine(temp.Path, "b", "report.json")], CancellationToken.None));

        StringAssert.Contains(error.Message, Path.Combine(temp.Path, "b", "report.json"));
        StringAssert.Contains(error.Message, "the number of input articles differs");
    }

    [TestMethod]
    public async Task OpenAsync_WhenAShardHoldsFewerArticlesThanItsRunHad_ThrowsSayingSo()
    {
        using var temp = new TempDir();
        var report = SampleReports.Create();
        await WriteShardAsync(report with { Articles = [.. report.Articles.Take(3)] }, new ShardRun(new Shard(1, 1), 5), temp.Path);

        var error = await Assert.ThrowsExactlyAsync<ShardMergeException>(
            () => ShardMerge.OpenAsync([Path.Combine(temp.Path, "report.json")], CancellationToken.None));

        StringAssert.Contains(error.Message, "the shards hold 3 articles but their input had 5");
    }

    [TestMethod]
    public async Task OpenAsync_WhenShardsWroteReviews_MergedRunCarriesThemAsWritten()
    {
        using var temp = new TempDir();
        var report = SampleReports.Create();
        var wire = report.Articles.Single(a => a.Id == "wire-ukraine-talks");
        var fingerprint = FindingFingerprint.ForArticle(wire)[0];
        var stale = new string('0', 32);
        var reviewer = new FindingReviewer(new SuppressionFile(1,
            [new Suppression(fingerprint, null, null, null, "house style", null), new Suppression(stale, null, null, null, "old", null)]), null);
        var reviewed = report with { Articles = [.. report.Articles.Select(a => reviewer.Apply(a, report.Gate))] };
        // Each shard lists as stale what it did not match; the first shard never saw the wire article.
        var end = RunEnd.Of(report);
        await WriteShardAsync(reviewed with { Articles = [.. reviewed.Articles.Take(2)] }, new ShardRun(new Shard(1, 2), 5), Path.Combine(temp.Path, "a"),
            end with { Review = new ReviewOutcome([new(fingerprint, null, null, "house style"), new(stale, null, null, "old")], null) });
        await WriteShardAsync(reviewed with { Articles = [.. reviewed.Articles.Skip(2)] }, new ShardRun(new Shard(2, 2), 5), Path.Combine(temp.Path, "b"),
            end with { Review = new ReviewOutcome([new(stale, null, null, "old")], null) }, firstPosition: 2);

        var merge = await ShardMerge.OpenAsync([Path.Combine(temp.Path, "a", "report.json"), Path.Combine(temp.Path, "b", "report.json")], CancellationToken.None);
        await using (merge)
        {
            var merged = new List<Core.Model.ArticleResult>();
            await foreach (var (result, _) in merge.ArticlesAsync(CancellationToken.None))
            {
                merged.Add(result);
            }

            var wireMerged = merged.Single(a => a.Id == wire.Id);
            Assert.AreEqual("house style", wireMerged.Findings[0].Review!.Justification);
            Assert.AreEqual(reviewed.Articles.Single(a => a.Id == wire.Id).Verdict, wireMerged.Verdict);
            Assert.AreEqual(stale, merge.End.Review!.Stale.Single().Fingerprint, "stale only where no shard matched it");
        }
    }

    private static async Task WriteShardAsync(Core.Model.RunReport report, ShardRun shard, string folder, RunEnd? end = null, long firstPosition = 0)
    {
        Directory.CreateDirectory(folder);
        var session = new TranslationQA.Reporting.Json.JsonReportWriter(FixedTime.Default).Open(RunStart.Of(report) with { Shard = shard }, folder);
        await using (session)
        {
            for (var i = 0; i < report.Articles.Count; i++)
            {
                await session.AddAsync(report.Articles[i], firstPosition + i, CancellationToken.None);
            }

            await session.CompleteAsync(end ?? RunEnd.Of(report), CancellationToken.None);
        }
    }
}

using TranslationQA.Translation.Azure;
using TranslationQA.Translation.Caching;
using TranslationQA.Translation.Tests.Caching;
using TranslationQA.Translation.Tests.TestServers;

namespace TranslationQA.Translation.Tests.Azure;

/// <summary>The cost measurement for the report: a cold run against the limits' lower bound, then a warm run.</summary>
[TestClass]
public sealed class AzureRequestBudgetTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task TranslateAsync_WhenSyntheticBatchOfMixedLengths_ColdRunHitsLowerBoundAndWarmRunSendsNothing()
    {
        // 6,000 sentence slots of 20-400 characters, 10 % repeated (as boilerplate repeats across articles).
        var random = new Random(20240218);
        var distinct = Enumerable.Range(0, 5400)
            .Select(i => $"Satz {i} " + new string('w', random.Next(12, 392)) + ".")
            .ToArray();
        var sentences = distinct.Concat(Enumerable.Range(0, 600).Select(_ => distinct[random.Next(distinct.Length)])).ToArray();
        var characters = distinct.Sum(s => (long)s.Length);
        var lowerBound = Math.Max((int)Math.Ceiling(characters / 50_000.0), (int)Math.Ceiling(distinct.Length / 1000.0));
        using var file = new TempCacheFile();
        await using var server = await FakeTranslatorServer.StartAsync();

        using (var cache = SqliteTranslationCache.Open(file.Path))
        {
            var cold = new CachingBackTranslator(new AzureBackTranslator(AzureTestOptions.For(server)), cache);
            await cold.TranslateAsync(sentences, "de", "en", CancellationToken.None);
        }

        var coldRequests = server.RequestCount;
        using (var cache = SqliteTranslationCache.Open(file.Path))
        {
            var warm = new CachingBackTranslator(new AzureBackTranslator(AzureTestOptions.For(server)), cache);
            await warm.TranslateAsync(sentences, "de", "en", CancellationToken.None);
            TestContext.WriteLine(
                $"MEASURE sentences={sentences.Length} distinct={distinct.Length} chars={characters} " +
                $"lowerBound={lowerBound} coldRequests={coldRequests} warmRequests={server.RequestCount - coldRequests} " +
                $"warmCacheHits={warm.Stats.CacheHits}");
        }

        Assert.AreEqual(lowerBound, coldRequests);
        Assert.AreEqual(coldRequests, server.RequestCount);
    }
}

using TranslationQA.Core.Ingestion;
using TranslationQA.Core.Model;
using TranslationQA.Core.Pipeline;
using TranslationQA.Translation.Azure;
using TranslationQA.Translation.Caching;
using TranslationQA.Translation.Tests.Azure;
using TranslationQA.Translation.Tests.Caching;
using TranslationQA.Translation.Tests.TestServers;

namespace TranslationQA.Translation.Tests.Pipeline;

/// <summary>The real pipeline against the loopback Azure fake, which stops in the middle of a run.</summary>
[TestClass]
public sealed class ServiceDiesMidRunTests
{
    private const int BatchSize = 2;

    // The cache is keyed by the endpoint; the service that comes back listens on another loopback port.
    private const string Identity = "azure|test-resource";

    [TestMethod]
    public async Task RunStreamingAsync_WhenTheServiceStopsAfterTheFirstBatch_KeepsThoseResultsAndReportsTheRestWithTheEngineError()
    {
        using var file = new TempCacheFile();
        var inputs = Articles(6);
        var server = await FakeTranslatorServer.StartAsync();
        var results = new List<ArticleResult>();
        using (var cache = SqliteTranslationCache.Open(file.Path))
        {
            var engine = new CachingBackTranslator(new AzureBackTranslator(AzureTestOptions.For(server, maxRetries: 1)), cache, Identity);
            var pipeline = new QaPipeline(PipelineFactory.Components(engine, []), BatchSize);
            await foreach (var result in pipeline.RunStreamingAsync(inputs, QualityGate.Default, CancellationToken.None))
            {
                results.Add(result);
                if (results.Count == BatchSize)
                {
                    await server.DisposeAsync(); // the service goes away after the first batch
                }
            }

            Assert.IsNotNull(pipeline.EngineFailure);
            StringAssert.Contains(pipeline.EngineFailure, server.Endpoint.Authority);
        }

        CollectionAssert.AreEqual(inputs.Select(i => i.Id).ToArray(), results.Select(r => r.Id).ToArray(), "every article is reported, in order");
        Assert.IsTrue(results.Take(BatchSize).All(r => r.Verdict == Verdict.Pass), string.Join("\n", results.Select(r => r.Error)));
        foreach (var failed in results.Skip(BatchSize))
        {
            Assert.AreEqual(Verdict.Error, failed.Verdict);
            StringAssert.Contains(failed.Error, "not checked: the back-translation engine failed");
        }

        // With the cache, a rerun against a service that is back sends only the sentences of the articles not checked.
        await using var back = await FakeTranslatorServer.StartAsync();
        using (var cache = SqliteTranslationCache.Open(file.Path))
        {
            var engine = new CachingBackTranslator(new AzureBackTranslator(AzureTestOptions.For(back)), cache, Identity);
            var rerun = await new QaPipeline(PipelineFactory.Components(engine, []), BatchSize).RunAsync(inputs, QualityGate.Default, null, CancellationToken.None);

            Assert.IsTrue(rerun.All(r => r.Verdict == Verdict.Pass), string.Join("\n", rerun.Select(r => r.Error)));
            var sent = back.TranslatedBatches.SelectMany(b => b).ToHashSet(StringComparer.Ordinal);
            Assert.IsFalse(sent.Any(s => s.Contains("Artikel 0 ", StringComparison.Ordinal) || s.Contains("Artikel 1 ", StringComparison.Ordinal)),
                "sentences of the articles checked before the failure were sent again: " + string.Join(" | ", sent));
            Assert.IsTrue(sent.Any(s => s.Contains("Artikel 5 ", StringComparison.Ordinal)));
        }
    }

    private static List<ArticleInput> Articles(int count) =>
        [.. Enumerable.Range(0, count).Select(i =>
        {
            var article = new Article($"a{i}", "en", "de", $"The minister said article {i} today.\n",
                $"Der Minister sagte heute Artikel {i} zu.\n", $"a{i}/target.de.txt");
            return new ArticleInput(article.Id, article.TargetPath, article, null, []);
        })];
}

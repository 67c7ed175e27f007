using Moq;
using TranslationQA.Core.BackTranslation;
using TranslationQA.Core.Model;
using TranslationQA.Translation.Azure;
using TranslationQA.Translation.Caching;
using TranslationQA.Translation.Tests.Azure;
using TranslationQA.Translation.Tests.TestServers;

namespace TranslationQA.Translation.Tests.Caching;

[TestClass]
public sealed class CachingBackTranslatorTests
{
    [TestMethod]
    public async Task TranslateAsync_WhenCacheWarm_SendsNoRequestAndReturnsSameResult()
    {
        using var file = new TempCacheFile();
        await using var server = await FakeTranslatorServer.StartAsync();
        var sentences = Synthetic.Sentences(1500, 60).Append("Das Haus ist rot.").ToArray();

        IReadOnlyList<SentenceBackTranslation> cold;
        using (var cache = SqliteTranslationCache.Open(file.Path))
        {
            var engine = new CachingBackTranslator(new AzureBackTranslator(AzureTestOptions.For(server)), cache);
            cold = await engine.TranslateAsync(sentences, "de", "en", CancellationToken.None);
            Assert.AreEqual(0, engine.Stats.CacheHits);
        }

        var coldRequests = server.RequestCount;
        using (var cache = SqliteTranslationCache.Open(file.Path))
        {
            var engine = new CachingBackTranslator(new AzureBackTranslator(AzureTestOptions.For(server)), cache);
            var warm = await engine.TranslateAsync(sentences, "de", "en", CancellationToken.None);

            Assert.AreEqual(coldRequests, server.RequestCount, "a warm run must not send anything");
            Assert.AreEqual(0, engine.Stats.Requests);
            Assert.AreEqual(sentences.Length, engine.Stats.CacheHits);
            Assert.AreEqual(cold[^1].Text, warm[^1].Text);
            CollectionAssert.AreEqual(Flatten(cold[^1]), Flatten(warm[^1]));
            Assert.AreEqual("house", warm[^1].Words.Single(w => w.Surface == "Haus").Glosses.Single());
        }
    }

    [TestMethod]
    public async Task TranslateAsync_WhenEndpointDiffers_DoesNotReuseEntries()
    {
        using var file = new TempCacheFile();
        await using var first = await FakeTranslatorServer.StartAsync();
        await using var second = await FakeTranslatorServer.StartAsync();
        using var cache = SqliteTranslationCache.Open(file.Path);

        await new CachingBackTranslator(new AzureBackTranslator(AzureTestOptions.For(first)), cache)
            .TranslateAsync(["Das Haus ist rot."], "de", "en", CancellationToken.None);
        await new CachingBackTranslator(new AzureBackTranslator(AzureTestOptions.For(second)), cache)
            .TranslateAsync(["Das Haus ist rot."], "de", "en", CancellationToken.None);

        Assert.AreEqual(1, second.RequestCount);
        Assert.AreEqual(2L, cache.Count());
    }

    [TestMethod]
    public async Task TranslateAsync_WhenPartlyCached_PassesOnlyDistinctMissesToInnerEngine()
    {
        using var file = new TempCacheFile();
        using var cache = SqliteTranslationCache.Open(file.Path);
        var inner = new Mock<IBackTranslator>(MockBehavior.Strict);
        inner.SetupGet(e => e.Name).Returns("mock");
        inner.SetupGet(e => e.Stats).Returns(new EngineStats(100, 2, 1, 0, 90));
        var calls = new List<string[]>();
        inner.Setup(e => e.TranslateAsync(It.IsAny<IReadOnlyList<string>>(), "de", "en", It.IsAny<CancellationToken>()))
            .Callback<IReadOnlyList<string>, string, string, CancellationToken>((s, _, _, _) => calls.Add([.. s]))
            .ReturnsAsync((IReadOnlyList<string> s, string _, string _, CancellationToken _) =>
                s.Select(t => new SentenceBackTranslation("EN:" + t, [])).ToArray());
        var engine = new CachingBackTranslator(inner.Object, cache);

        await engine.TranslateAsync(["a", "b"], "de", "en", CancellationToken.None);
        var result = await engine.TranslateAsync(["b", "c", "c", "a", "d"], "de", "en", CancellationToken.None);

        Assert.HasCount(2, calls);
        CollectionAssert.AreEqual(new[] { "c", "d" }, calls[1]);
        CollectionAssert.AreEqual(new[] { "EN:b", "EN:c", "EN:c", "EN:a", "EN:d" }, result.Select(r => r.Text).ToArray());
        Assert.AreEqual(new EngineStats(100, 2, 1, 2, 90), engine.Stats, "cache hits add to the inner engine's numbers");
    }

    [TestMethod]
    public async Task TranslateAsync_WhenInnerReturnsWrongCount_ThrowsEngineException()
    {
        using var file = new TempCacheFile();
        using var cache = SqliteTranslationCache.Open(file.Path);
        var inner = new Mock<IBackTranslator>();
        inner.SetupGet(e => e.Name).Returns("mock");
        inner.Setup(e => e.TranslateAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([]);

        await Assert.ThrowsExactlyAsync<EngineException>(
            () => new CachingBackTranslator(inner.Object, cache).TranslateAsync(["a"], "de", "en", CancellationToken.None));
        Assert.AreEqual(0L, cache.Count());
    }

    [TestMethod]
    public async Task TranslateAsync_WhenTwoCachesShareFile_BothSeeEachOthersEntries()
    {
        using var file = new TempCacheFile();
        using var cacheA = SqliteTranslationCache.Open(file.Path);
        using var cacheB = SqliteTranslationCache.Open(file.Path);
        var inner = new Mock<IBackTranslator>();
        inner.SetupGet(e => e.Name).Returns("mock");
        inner.SetupGet(e => e.Stats).Returns(EngineStats.Zero);
        inner.Setup(e => e.TranslateAsync(It.IsAny<IReadOnlyList<string>>(), "de", "en", It.IsAny<CancellationToken>()))
            .ReturnsAsync((IReadOnlyList<string> s, string _, string _, CancellationToken _) =>
                s.Select(t => new SentenceBackTranslation("EN:" + t, [])).ToArray());
        var a = new CachingBackTranslator(inner.Object, cacheA);
        var b = new CachingBackTranslator(inner.Object, cacheB);

        // Interleaved writers on one file: WAL plus the busy time-out must serialise them without errors.
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            (i % 2 == 0 ? a : b).TranslateAsync([.. Enumerable.Range(i * 50, 50).Select(n => "s" + n)], "de", "en", CancellationToken.None))));
        var fromB = await b.TranslateAsync(["s0", "s999"], "de", "en", CancellationToken.None);

        Assert.AreEqual(1000L, cacheA.Count());
        Assert.AreEqual("EN:s0", fromB[0].Text);
        Assert.AreEqual(2, b.Stats.CacheHits);
    }

    private static string[] Flatten(SentenceBackTranslation translation) =>
        [.. translation.Words.Select(w => $"{w.Offset}/{w.Length}/{w.Surface}/{w.Kind}/{w.Gloss}/{string.Join('|', w.Glosses)}")];
}

using TranslationQA.Core.BackTranslation;
using TranslationQA.Translation.LibreTranslate;
using TranslationQA.Translation.Tests.TestServers;

namespace TranslationQA.Translation.Tests.LibreTranslate;

[TestClass]
public sealed class LibreTranslateBackTranslatorTests
{
    private const string ApiKey = "libre-secret-key-4411";

    [TestMethod]
    public async Task TranslateAsync_WhenServerAnswers_ReturnsOneTranslationPerSentenceInOrder()
    {
        await using var server = await FakeLibreTranslateServer.StartAsync();
        var engine = new LibreTranslateBackTranslator(Options(server));

        var result = await engine.TranslateAsync(["eins", "zwei", "eins"], "de", "en", CancellationToken.None);

        CollectionAssert.AreEqual(new[] { "EINS", "ZWEI", "EINS" }, result.Select(r => r.Text).ToArray());
        Assert.IsTrue(result.All(r => r.Words.Count == 0));
        Assert.AreEqual(1, server.RequestCount);
        CollectionAssert.AreEqual(new[] { "eins", "zwei" }, server.TranslatedBatches.Single().ToArray());
        Assert.AreEqual("libretranslate", engine.Name);
    }

    [TestMethod]
    public async Task TranslateAsync_WhenBatchLimitSet_PacksIntoMinimalRequestsWithinLimit()
    {
        await using var server = await FakeLibreTranslateServer.StartAsync(batchLimit: 10);
        var options = Options(server);
        options.MaxElementsPerRequest = 10;
        var engine = new LibreTranslateBackTranslator(options);

        var result = await engine.TranslateAsync([.. Enumerable.Range(0, 45).Select(i => "satz " + i)], "de", "en", CancellationToken.None);

        Assert.HasCount(45, result);
        Assert.AreEqual(5, server.RequestCount);
        Assert.AreEqual("SATZ 44", result[44].Text);
    }

    [TestMethod]
    public async Task TranslateAsync_WhenServerRequiresKey_SendsKeyFromOptions()
    {
        await using var server = await FakeLibreTranslateServer.StartAsync(requiredApiKey: ApiKey);
        var options = Options(server);
        options.ApiKey = ApiKey;

        var result = await new LibreTranslateBackTranslator(options).TranslateAsync(["hallo"], "de", "en", CancellationToken.None);

        Assert.AreEqual("HALLO", result[0].Text);
    }

    [TestMethod]
    public async Task TranslateAsync_WhenKeyRejected_ThrowsEngineExceptionNamingVariableWithoutKey()
    {
        await using var server = await FakeLibreTranslateServer.StartAsync(requiredApiKey: "another-key");
        var options = Options(server);
        options.ApiKey = ApiKey;

        var ex = await Assert.ThrowsExactlyAsync<EngineException>(
            () => new LibreTranslateBackTranslator(options).TranslateAsync(["hallo"], "de", "en", CancellationToken.None));

        StringAssert.Contains(ex.Message, "403");
        StringAssert.Contains(ex.Message, "Invalid API key");
        StringAssert.Contains(ex.Message, LibreTranslateOptions.ApiKeyVariable);
        Assert.DoesNotContain(ApiKey, ex.ToString());
    }

    [TestMethod]
    public async Task TranslateAsync_When429ThenSuccess_RetriesAndCountsRetry()
    {
        await using var server = await FakeLibreTranslateServer.StartAsync();
        server.EnqueueFailure(429, "Too many request limits violations");
        var engine = new LibreTranslateBackTranslator(Options(server));

        var result = await engine.TranslateAsync(["hallo"], "de", "en", CancellationToken.None);

        Assert.AreEqual("HALLO", result[0].Text);
        Assert.AreEqual(2, engine.Stats.Requests);
        Assert.AreEqual(1, engine.Stats.Retries);
    }

    [TestMethod]
    public async Task TranslateAsync_WhenServerDown_ThrowsEngineExceptionSayingHowToStartIt()
    {
        var server = await FakeLibreTranslateServer.StartAsync();
        var options = Options(server);
        options.Retry.MaxRetries = 0;
        await server.DisposeAsync();

        var ex = await Assert.ThrowsExactlyAsync<EngineException>(
            () => new LibreTranslateBackTranslator(options).TranslateAsync(["hallo"], "de", "en", CancellationToken.None));

        StringAssert.Contains(ex.Message, "libretranslate");
    }

    [TestMethod]
    public void FromEnvironment_WhenVariablesSet_ReadsUrlAndKeyAndOverrideWins()
    {
        var env = new Dictionary<string, string?>
        {
            [LibreTranslateOptions.UrlVariable] = "http://mt.example:5000",
            [LibreTranslateOptions.ApiKeyVariable] = ApiKey,
        };

        var fromEnv = LibreTranslateOptions.FromEnvironment(null, n => env.GetValueOrDefault(n));
        var overridden = LibreTranslateOptions.FromEnvironment("https://other.example/", n => env.GetValueOrDefault(n));

        Assert.AreEqual(new Uri("http://mt.example:5000"), fromEnv.Url);
        Assert.AreEqual(ApiKey, fromEnv.ApiKey);
        Assert.AreEqual(new Uri("https://other.example/"), overridden.Url);
        Assert.DoesNotContain(ApiKey, fromEnv.ToString());
    }

    private static LibreTranslateOptions Options(FakeLibreTranslateServer server)
    {
        var options = new LibreTranslateOptions { Url = server.Url };
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(5);
        return options;
    }
}

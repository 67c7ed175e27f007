using Microsoft.AspNetCore.Http;
using TranslationQA.Core.BackTranslation;
using TranslationQA.Translation.Azure;
using TranslationQA.Translation.Tests.TestServers;

namespace TranslationQA.Translation.Tests.Azure;

[TestClass]
public sealed class AzureBackTranslatorFailureTests
{
    private static readonly string[] OneSentence = ["Das Haus ist rot."];

    [TestMethod]
    public async Task TranslateAsync_WhenKeyRejected_ThrowsEngineExceptionNamingVariablesWithoutKey()
    {
        await using var server = await FakeTranslatorServer.StartAsync();
        var engine = new AzureBackTranslator(AzureTestOptions.For(server, key: "wrong-key-0123456789"));

        var ex = await Assert.ThrowsExactlyAsync<EngineException>(
            () => engine.TranslateAsync(OneSentence, "de", "en", CancellationToken.None));

        StringAssert.Contains(ex.Message, "401");
        StringAssert.Contains(ex.Message, "401000");
        StringAssert.Contains(ex.Message, AzureTranslatorOptions.KeyVariable);
        StringAssert.Contains(ex.Message, AzureTranslatorOptions.RegionVariable);
        Assert.DoesNotContain("wrong-key-0123456789", ex.ToString());
        Assert.AreEqual(1, server.RequestCount, "401 must not be retried");
    }

    [TestMethod]
    [DataRow(401)]
    [DataRow(403)]
    public async Task TranslateAsync_WhenServiceEchoesKeyInError_KeyNeverAppearsInException(int status)
    {
        await using var server = await FakeTranslatorServer.StartAsync();
        server.EnqueueError(status, status * 1000L, $"Subscription {FakeTranslatorServer.Key} is not allowed here.");
        var engine = new AzureBackTranslator(AzureTestOptions.For(server));

        var ex = await Assert.ThrowsExactlyAsync<EngineException>(
            () => engine.TranslateAsync(OneSentence, "de", "en", CancellationToken.None));

        Assert.DoesNotContain(FakeTranslatorServer.Key, ex.ToString());
        StringAssert.Contains(ex.Message, "is not allowed here");
        StringAssert.Contains(ex.Message, AzureTranslatorOptions.KeyVariable);
    }

    [TestMethod]
    public async Task TranslateAsync_When429WithRetryAfter_RetriesAndSucceeds()
    {
        await using var server = await FakeTranslatorServer.StartAsync();
        server.EnqueueError(429, 429001, "The server rejected the request because the client has exceeded request limits.", retryAfter: "1");
        var engine = new AzureBackTranslator(AzureTestOptions.For(server));

        var result = await engine.TranslateAsync(OneSentence, "de", "en", CancellationToken.None);

        Assert.AreEqual("The house is red .", result[0].Text);
        Assert.AreEqual(2, server.RequestCount);
        Assert.AreEqual(2, engine.Stats.Requests);
        Assert.AreEqual(1, engine.Stats.Retries);
        Assert.AreEqual(1, server.TraceIds.Distinct().Count(), "a retry keeps the logical request's trace id");
    }

    [TestMethod]
    public async Task TranslateAsync_When500ThenSuccess_Succeeds()
    {
        await using var server = await FakeTranslatorServer.StartAsync();
        server.EnqueueError(500, 500000, "An unexpected error occurred.");

        var engine = new AzureBackTranslator(AzureTestOptions.For(server));
        var result = await engine.TranslateAsync(OneSentence, "de", "en", CancellationToken.None);

        Assert.AreEqual("The house is red .", result[0].Text);
        Assert.AreEqual(1, engine.Stats.Retries);
    }

    [TestMethod]
    public async Task TranslateAsync_When503Persists_ThrowsAfterRetriesWithServiceMessage()
    {
        await using var server = await FakeTranslatorServer.StartAsync();
        for (var i = 0; i < 3; i++)
        {
            server.EnqueueError(503, 503000, "Service is temporarily unavailable.");
        }

        var engine = new AzureBackTranslator(AzureTestOptions.For(server, maxRetries: 2));
        var ex = await Assert.ThrowsExactlyAsync<EngineException>(
            () => engine.TranslateAsync(OneSentence, "de", "en", CancellationToken.None));

        StringAssert.Contains(ex.Message, "503000: Service is temporarily unavailable.");
        Assert.AreEqual(3, server.RequestCount);
    }

    [TestMethod]
    public async Task TranslateAsync_WhenBadRequest_ShowsServiceErrorWithoutRetrying()
    {
        await using var server = await FakeTranslatorServer.StartAsync();
        server.EnqueueError(400, 400050, "The input text is too long.");
        var engine = new AzureBackTranslator(AzureTestOptions.For(server));

        var ex = await Assert.ThrowsExactlyAsync<EngineException>(
            () => engine.TranslateAsync(OneSentence, "de", "en", CancellationToken.None));

        StringAssert.Contains(ex.Message, "400050: The input text is too long.");
        Assert.AreEqual(1, server.RequestCount);
    }

    [TestMethod]
    public async Task TranslateAsync_WhenResponseIsMalformedJson_ThrowsEngineException()
    {
        await using var server = await FakeTranslatorServer.StartAsync();
        server.Enqueue(context => context.Response.WriteAsync("[{\"translations\": [ {\"text\": "));
        var engine = new AzureBackTranslator(AzureTestOptions.For(server));

        var ex = await Assert.ThrowsExactlyAsync<EngineException>(
            () => engine.TranslateAsync(OneSentence, "de", "en", CancellationToken.None));

        StringAssert.Contains(ex.Message, "malformed JSON");
    }

    [TestMethod]
    public async Task TranslateAsync_WhenServerTooSlow_ThrowsTimeoutEngineException()
    {
        await using var server = await FakeTranslatorServer.StartAsync();
        server.Enqueue(Slow.Hang(null));
        var options = AzureTestOptions.For(server, maxRetries: 0);
        options.Retry.NetworkTimeout = TimeSpan.FromMilliseconds(300);
        var engine = new AzureBackTranslator(options);

        var ex = await Assert.ThrowsExactlyAsync<EngineException>(
            () => engine.TranslateAsync(OneSentence, "de", "en", CancellationToken.None));

        StringAssert.Contains(ex.Message, "did not answer");
    }

    [TestMethod]
    public async Task TranslateAsync_WhenCallerCancels_ThrowsOperationCanceled()
    {
        await using var server = await FakeTranslatorServer.StartAsync();
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Enqueue(Slow.Hang(arrived));
        var engine = new AzureBackTranslator(AzureTestOptions.For(server));
        using var cts = new CancellationTokenSource();

        var call = engine.TranslateAsync(OneSentence, "de", "en", cts.Token);
        await arrived.Task;
        await cts.CancelAsync();

        await Assert.ThrowsAsync<OperationCanceledException>(() => call);
    }

    [TestMethod]
    public async Task TranslateAsync_WhenEndpointUnreachable_ThrowsEngineExceptionNamingEndpoint()
    {
        var server = await FakeTranslatorServer.StartAsync();
        var options = AzureTestOptions.For(server, maxRetries: 0);
        await server.DisposeAsync();
        var engine = new AzureBackTranslator(options);

        var ex = await Assert.ThrowsExactlyAsync<EngineException>(
            () => engine.TranslateAsync(OneSentence, "de", "en", CancellationToken.None));

        StringAssert.Contains(ex.Message, options.Endpoint.ToString());
        Assert.DoesNotContain(FakeTranslatorServer.Key, ex.ToString());
    }
}

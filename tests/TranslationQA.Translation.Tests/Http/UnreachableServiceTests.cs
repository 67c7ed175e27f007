using System.Net;
using System.Net.Sockets;
using TranslationQA.Core.BackTranslation;
using TranslationQA.Translation.Azure;
using TranslationQA.Translation.LibreTranslate;

namespace TranslationQA.Translation.Tests.Http;

/// <summary>A service nobody answers on: after the retries, a configuration error the CLI can print, never a crash.</summary>
[TestClass]
public sealed class UnreachableServiceTests
{
    /// <summary>A loopback URL with nothing listening: a port taken from the OS and released again.</summary>
    private static Uri ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }

    [TestMethod]
    public async Task AzureTranslateAsync_WhenNothingListens_ThrowsEngineExceptionNamingTheEndpointAndAttempts()
    {
        var options = new AzureTranslatorOptions("secret-key-0123456789") { Endpoint = ClosedPort() };
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(2);
        options.Retry.MaxRetries = 2;

        var ex = await Assert.ThrowsExactlyAsync<EngineException>(() =>
            new AzureBackTranslator(options).TranslateAsync(["Hallo."], "de", "en", CancellationToken.None));

        StringAssert.Contains(ex.Message, $"Could not reach Azure Translator at {options.Endpoint}");
        StringAssert.Contains(ex.Message, "(3 attempts)");
        Assert.DoesNotContain("secret-key", ex.Message);
    }

    [TestMethod]
    public async Task LibreTranslateAsync_WhenNothingListens_ThrowsEngineExceptionSayingHowToStartIt()
    {
        var options = new LibreTranslateOptions { Url = ClosedPort() };
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(2);

        var ex = await Assert.ThrowsExactlyAsync<EngineException>(() =>
            new LibreTranslateBackTranslator(options).TranslateAsync(["Hallo."], "de", "en", CancellationToken.None));

        StringAssert.Contains(ex.Message, "Could not reach LibreTranslate");
        StringAssert.Contains(ex.Message, LibreTranslateOptions.UrlVariable);
    }
}

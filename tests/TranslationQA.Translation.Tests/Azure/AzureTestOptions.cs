using TranslationQA.Translation.Azure;
using TranslationQA.Translation.Tests.TestServers;

namespace TranslationQA.Translation.Tests.Azure;

/// <summary>Options pointing at a fake server, with retry delays kept tiny so tests stay fast.</summary>
internal static class AzureTestOptions
{
    public static AzureTranslatorOptions For(FakeTranslatorServer server, int maxRetries = 3, string key = FakeTranslatorServer.Key)
    {
        var options = new AzureTranslatorOptions(key) { Endpoint = server.Endpoint, Region = server.ExpectedRegion };
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(5);
        options.Retry.MaxRetries = maxRetries;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        return options;
    }
}

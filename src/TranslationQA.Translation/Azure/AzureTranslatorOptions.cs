using Azure;
using Azure.Core;
using TranslationQA.Core.BackTranslation;

namespace TranslationQA.Translation.Azure;

/// <summary>
/// Settings for the Azure AI Translator text API v3, in the Azure SDK's <see cref="ClientOptions"/> shape
/// (retry, transport and diagnostics come from the base class). The key is held as a credential and never printed.
/// </summary>
public sealed class AzureTranslatorOptions : ClientOptions
{
    /// <summary>Environment variable holding the subscription key.</summary>
    public const string KeyVariable = "AZURE_TRANSLATOR_KEY";

    /// <summary>Environment variable holding the resource region (needed for regional and multi-service resources).</summary>
    public const string RegionVariable = "AZURE_TRANSLATOR_REGION";

    /// <summary>Environment variable holding the endpoint (optional).</summary>
    public const string EndpointVariable = "AZURE_TRANSLATOR_ENDPOINT";

    /// <summary>The global Translator endpoint.</summary>
    public static readonly Uri DefaultEndpoint = new("https://api.cognitive.microsofttranslator.com");

    /// <summary>Creates options for the given subscription key with the documented service limits as defaults.</summary>
    public AzureTranslatorOptions(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        Credential = new AzureKeyCredential(key);
        Retry.Mode = RetryMode.Exponential;
        Retry.MaxRetries = 5;
        Retry.Delay = TimeSpan.FromSeconds(1);
        Retry.MaxDelay = TimeSpan.FromSeconds(60);
        Retry.NetworkTimeout = TimeSpan.FromSeconds(60);
        Diagnostics.ApplicationId = "TranslationQA";
        // Request/response logging stays off: a run over many articles would flood the event source for no gain.
        Diagnostics.IsLoggingEnabled = false;
    }

    /// <summary>The subscription key as an Azure credential (sent as Ocp-Apim-Subscription-Key).</summary>
    internal AzureKeyCredential Credential { get; }

    /// <summary>Service endpoint; a custom-domain or regional endpoint also works.</summary>
    public Uri Endpoint { get; set; } = DefaultEndpoint;

    /// <summary>Resource region sent as Ocp-Apim-Subscription-Region, or null for a global resource.</summary>
    public string? Region { get; set; }

    /// <summary>Requests in flight at once.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Array elements per request (service limit 1,000).</summary>
    public int MaxElementsPerRequest { get; set; } = 1000;

    /// <summary>Characters per request, all elements together (service limit 50,000).</summary>
    public int MaxCharactersPerRequest { get; set; } = 50_000;

    /// <summary>Ask for word alignment (includeAlignment=true) to fill <c>WordGloss</c> entries.</summary>
    public bool IncludeAlignment { get; set; } = true;

    /// <summary>Ask for sentence lengths (includeSentenceLength=true); off by default because the pipeline already sends one sentence per element.</summary>
    public bool IncludeSentenceLength { get; set; }

    /// <summary>Reads the key, region and endpoint from the environment; <paramref name="endpointOverride"/> wins over the variable.</summary>
    /// <exception cref="EngineException">AZURE_TRANSLATOR_KEY is not set, or the endpoint is not an absolute http(s) URL.</exception>
    public static AzureTranslatorOptions FromEnvironment(string? endpointOverride) =>
        FromEnvironment(endpointOverride, Environment.GetEnvironmentVariable);

    /// <summary>Testable core of <see cref="FromEnvironment(string?)"/>.</summary>
    internal static AzureTranslatorOptions FromEnvironment(string? endpointOverride, Func<string, string?> getVariable)
    {
        var key = getVariable(KeyVariable);
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new EngineException(
                $"The azure engine needs a Translator subscription key in the environment variable {KeyVariable} " +
                $"(and {RegionVariable} for a regional resource). Set it, or use --engine offline.");
        }

        var endpointText = !string.IsNullOrWhiteSpace(endpointOverride) ? endpointOverride : getVariable(EndpointVariable);
        var options = new AzureTranslatorOptions(key.Trim())
        {
            Region = string.IsNullOrWhiteSpace(getVariable(RegionVariable)) ? null : getVariable(RegionVariable)!.Trim(),
        };
        if (!string.IsNullOrWhiteSpace(endpointText))
        {
            if (!Uri.TryCreate(endpointText.Trim(), UriKind.Absolute, out var endpoint) ||
                (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
            {
                throw new EngineException($"The Translator endpoint '{endpointText}' is not an absolute http(s) URL.");
            }

            options.Endpoint = endpoint;
        }

        return options;
    }

    /// <summary>Describes the configuration without the key.</summary>
    public override string ToString() => $"Azure Translator at {Endpoint} (region {Region ?? "global"})";
}

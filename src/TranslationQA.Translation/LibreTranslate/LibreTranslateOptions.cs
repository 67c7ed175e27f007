using Azure.Core;
using TranslationQA.Core.BackTranslation;

namespace TranslationQA.Translation.LibreTranslate;

/// <summary>Settings for a LibreTranslate server (self-hosted or a mirror), on the same Azure.Core pipeline as Azure.</summary>
public sealed class LibreTranslateOptions : ClientOptions
{
    /// <summary>Environment variable holding the API key (only needed by servers started with --api-keys).</summary>
    public const string ApiKeyVariable = "LIBRETRANSLATE_API_KEY";

    /// <summary>Environment variable holding the server URL (optional).</summary>
    public const string UrlVariable = "LIBRETRANSLATE_URL";

    /// <summary>Where `libretranslate` listens by default.</summary>
    public static readonly Uri DefaultUrl = new("http://localhost:5000");

    /// <summary>Creates options with conservative batch limits (servers set their own --char-limit / --batch-limit).</summary>
    public LibreTranslateOptions()
    {
        Retry.Mode = RetryMode.Exponential;
        Retry.MaxRetries = 3;
        Retry.Delay = TimeSpan.FromSeconds(1);
        Retry.MaxDelay = TimeSpan.FromSeconds(30);
        // CPU-bound self-hosted servers can be slow on a large batch.
        Retry.NetworkTimeout = TimeSpan.FromSeconds(180);
        Diagnostics.ApplicationId = "TranslationQA";
        Diagnostics.IsLoggingEnabled = false;
    }

    /// <summary>Server base URL; requests go to {Url}/translate.</summary>
    public Uri Url { get; set; } = DefaultUrl;

    /// <summary>API key sent in the body as api_key, or null.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Requests in flight at once.</summary>
    public int MaxConcurrency { get; set; } = 2;

    /// <summary>Texts per request (the q array).</summary>
    public int MaxElementsPerRequest { get; set; } = 100;

    /// <summary>Characters per request, all texts together.</summary>
    public int MaxCharactersPerRequest { get; set; } = 10_000;

    /// <summary>Reads the URL and API key from the environment; <paramref name="urlOverride"/> wins over LIBRETRANSLATE_URL.</summary>
    /// <exception cref="EngineException">The URL is not an absolute http(s) URL.</exception>
    public static LibreTranslateOptions FromEnvironment(string? urlOverride) =>
        FromEnvironment(urlOverride, Environment.GetEnvironmentVariable);

    /// <summary>Testable core of <see cref="FromEnvironment(string?)"/>.</summary>
    internal static LibreTranslateOptions FromEnvironment(string? urlOverride, Func<string, string?> getVariable)
    {
        var options = new LibreTranslateOptions();
        var key = getVariable(ApiKeyVariable);
        options.ApiKey = string.IsNullOrWhiteSpace(key) ? null : key.Trim();
        var urlText = !string.IsNullOrWhiteSpace(urlOverride) ? urlOverride : getVariable(UrlVariable);
        if (!string.IsNullOrWhiteSpace(urlText))
        {
            if (!Uri.TryCreate(urlText.Trim(), UriKind.Absolute, out var url) ||
                (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            {
                throw new EngineException($"The LibreTranslate URL '{urlText}' is not an absolute http(s) URL.");
            }

            options.Url = url;
        }

        return options;
    }

    /// <summary>Describes the configuration without the key.</summary>
    public override string ToString() => $"LibreTranslate at {Url} ({(ApiKey is null ? "no" : "with")} API key)";
}

using System.Text.Json;
using TranslationQA.Core.BackTranslation;
using TranslationQA.Translation.Http;

namespace TranslationQA.Translation.Azure;

/// <summary>Turns a failed Translator response into an <see cref="EngineException"/> that says what to fix.</summary>
internal static class AzureErrorMapper
{
    /// <summary>The exception for a non-200 <paramref name="status"/> with the service's error body, key scrubbed.</summary>
    public static EngineException ToException(int status, BinaryData? content, AzureTranslatorOptions options)
    {
        var detail = Describe(content);
        var advice = status switch
        {
            401 or 403 =>
                $"Check {AzureTranslatorOptions.KeyVariable}, {AzureTranslatorOptions.RegionVariable} " +
                $"(region of the resource: {options.Region ?? "not set"}) and the endpoint {options.Endpoint}.",
            429 => "The request quota is exhausted even after retries; wait, lower --max-concurrency or use a higher tier.",
            >= 500 => "The service kept failing after retries; try again later.",
            _ => "The request was rejected; see the service message.",
        };
        var text = $"Azure Translator returned HTTP {status}{detail}. {advice}";
        return new EngineException(SecretScrubber.Scrub(text, options.Credential.Key));
    }

    private static string Describe(BinaryData? content)
    {
        if (content is null || content.ToMemory().IsEmpty)
        {
            return string.Empty;
        }

        try
        {
            var error = JsonSerializer.Deserialize<ErrorEnvelope>(content.ToMemory().Span)?.Error;
            if (error is not null)
            {
                return $" (error {error.Code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}: {error.Message})";
            }
        }
        catch (JsonException)
        {
            // Not the documented envelope (e.g. a proxy's HTML page): show a short prefix instead.
        }

        var raw = content.ToString();
        return $" ({(raw.Length > 200 ? raw[..200] + "..." : raw)})";
    }
}

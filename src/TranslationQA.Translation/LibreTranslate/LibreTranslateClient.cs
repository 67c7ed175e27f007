using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using TranslationQA.Core.BackTranslation;
using TranslationQA.Core.Model;
using TranslationQA.Translation.Http;

namespace TranslationQA.Translation.LibreTranslate;

/// <summary>One LibreTranslate /translate call per batch: q as an array, translatedText back as an array.</summary>
internal sealed class LibreTranslateClient
{
    private readonly LibreTranslateOptions _options;
    private readonly HttpPipeline _pipeline;
    private readonly EngineStatsCounter _stats = new();

    public LibreTranslateClient(LibreTranslateOptions options)
    {
        _options = options;
        _pipeline = HttpPipelineBuilder.Build(options, [], [new AttemptCountingPolicy(_stats)], new ResponseClassifier());
    }

    public EngineStats Stats => _stats.Snapshot();

    public async Task<IReadOnlyList<PieceTranslation>> TranslateAsync(
        IReadOnlyList<string> texts, string from, string to, CancellationToken cancellationToken)
    {
        using var message = _pipeline.CreateMessage();
        message.Request.Method = RequestMethod.Post;
        message.Request.Uri.Reset(_options.Url);
        message.Request.Uri.AppendPath("/translate", escape: false);
        message.Request.Headers.Add(HttpHeader.Names.ContentType, "application/json");
        var body = new LibreRequest(texts, from, to, "text", _options.ApiKey);
        message.Request.Content = RequestContent.Create(JsonSerializer.SerializeToUtf8Bytes(body));
        message.SetProperty(AttemptCountingPolicy.CharactersProperty, texts.Sum(t => (long)t.Length));
        try
        {
            await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new EngineException(
                $"LibreTranslate at {_options.Url} did not answer within {_options.Retry.NetworkTimeout.TotalSeconds:0.###} s. " +
                "Check that the server is running, or raise the time-out.", ex);
        }
        catch (Exception ex) when (TransportFailure.Reason(ex) is { } reason)
        {
            throw new EngineException(
                $"Could not reach LibreTranslate at {_options.Url}: {Scrub(reason)}. " +
                $"Start it (pip install libretranslate && libretranslate) or set {LibreTranslateOptions.UrlVariable} / --libretranslate-url.", ex);
        }

        var response = message.Response;
        if (response.Status != 200)
        {
            throw Failure(response.Status, response.Content);
        }

        var translated = Parse(response.Content, texts.Count);
        _stats.AddTranslated(texts.Sum(t => (long)t.Length));
        return translated;
    }

    private IReadOnlyList<PieceTranslation> Parse(BinaryData content, int expected)
    {
        LibreResponse? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<LibreResponse>(content.ToMemory().Span);
        }
        catch (JsonException ex)
        {
            throw new EngineException($"LibreTranslate at {_options.Url} answered with malformed JSON ({ex.Message}).", ex);
        }

        var texts = parsed?.TranslatedText switch
        {
            { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToArray(),
            { ValueKind: JsonValueKind.String } single => [single.GetString()!],
            _ => null,
        };
        if (texts is null || texts.Length != expected)
        {
            throw new EngineException($"LibreTranslate at {_options.Url} returned {texts?.Length ?? 0} translations for {expected} texts.");
        }

        return texts.Select(t => new PieceTranslation(t, [])).ToArray();
    }

    private EngineException Failure(int status, BinaryData? content)
    {
        string? error = null;
        try
        {
            error = content is null ? null : JsonSerializer.Deserialize<LibreError>(content.ToMemory().Span)?.Error;
        }
        catch (JsonException)
        {
            // Not LibreTranslate's {"error": "..."} envelope; the status alone has to do.
        }

        var advice = status switch
        {
            400 => "The server rejected the request (unsupported language pair, or over its --char-limit / --batch-limit: lower the batch options).",
            403 => $"The server requires a valid API key: set {LibreTranslateOptions.ApiKeyVariable}.",
            429 => "The server's rate limit was hit even after retries; wait or raise --req-limit on your server.",
            _ => "The server failed; see its log.",
        };
        var text = $"LibreTranslate returned HTTP {status}{(error is null ? string.Empty : $" ({error})")}. {advice}";
        return new EngineException(Scrub(text));
    }

    private string Scrub(string text) => SecretScrubber.Scrub(text, _options.ApiKey);

    private sealed record LibreRequest(
        [property: JsonPropertyName("q")] IReadOnlyList<string> Q,
        [property: JsonPropertyName("source")] string Source,
        [property: JsonPropertyName("target")] string Target,
        [property: JsonPropertyName("format")] string Format,
        [property: JsonPropertyName("api_key"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ApiKey);

    private sealed record LibreResponse([property: JsonPropertyName("translatedText")] JsonElement? TranslatedText);

    private sealed record LibreError([property: JsonPropertyName("error")] string? Error);
}

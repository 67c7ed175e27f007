using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using TranslationQA.Core.BackTranslation;
using TranslationQA.Core.Model;
using TranslationQA.Translation.Http;

namespace TranslationQA.Translation.Azure;

/// <summary>
/// A thin Translator text API v3 client on the Azure.Core pipeline (the shape of Azure.AI.Translation.Text's
/// TextTranslationClient): one call is one translate request; retries, Retry-After and time-outs come from the pipeline.
/// </summary>
public sealed class TextTranslationClient
{
    private const string RegionHeader = "Ocp-Apim-Subscription-Region";
    private readonly AzureTranslatorOptions _options;
    private readonly HttpPipeline _pipeline;
    private readonly EngineStatsCounter _stats = new();

    /// <summary>Creates a client; the key travels only in the Ocp-Apim-Subscription-Key header.</summary>
    public TextTranslationClient(AzureTranslatorOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _pipeline = HttpPipelineBuilder.Build(
            options,
            [new SubscriptionKeyPolicy(options.Credential), new ClientTraceIdPolicy()],
            [new AttemptCountingPolicy(_stats)],
            new ResponseClassifier());
    }

    /// <summary>HTTP attempts, retries and characters so far.</summary>
    public EngineStats Stats => _stats.Snapshot();

    /// <summary>Translates <paramref name="texts"/> (within the request limits) in one request; one result per text.</summary>
    /// <exception cref="EngineException">The service refused the request, answered nonsense or could not be reached in time.</exception>
    public async Task<IReadOnlyList<PieceTranslation>> TranslateAsync(
        IReadOnlyList<string> texts, string from, string to, CancellationToken cancellationToken)
    {
        using var message = CreateMessage(texts, from, to);
        try
        {
            await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new EngineException(
                $"Azure Translator at {_options.Endpoint} did not answer within {_options.Retry.NetworkTimeout.TotalSeconds:0.###} s " +
                $"(after {_options.Retry.MaxRetries} retries). Check the endpoint and your network, or raise the time-out.", ex);
        }
        catch (Exception ex) when (TransportFailure.Reason(ex) is { } reason)
        {
            throw new EngineException(
                $"Could not reach Azure Translator at {_options.Endpoint}: {Scrub(reason)}. " +
                $"Check {AzureTranslatorOptions.EndpointVariable} / --endpoint and your network.", ex);
        }

        var response = message.Response;
        if (response.Status != 200)
        {
            throw AzureErrorMapper.ToException(response.Status, response.Content, _options);
        }

        var results = Parse(response.Content, texts.Count);
        _stats.AddTranslated(texts.Sum(t => (long)t.Length));
        return results;
    }

    private HttpMessage CreateMessage(IReadOnlyList<string> texts, string from, string to)
    {
        var message = _pipeline.CreateMessage();
        var request = message.Request;
        request.Method = RequestMethod.Post;
        request.Uri.Reset(_options.Endpoint);
        request.Uri.AppendPath("/translate", escape: false);
        request.Uri.AppendQuery("api-version", "3.0");
        request.Uri.AppendQuery("from", from);
        request.Uri.AppendQuery("to", to);
        if (_options.IncludeAlignment)
        {
            request.Uri.AppendQuery("includeAlignment", "true");
        }

        if (_options.IncludeSentenceLength)
        {
            request.Uri.AppendQuery("includeSentenceLength", "true");
        }

        request.Headers.Add(HttpHeader.Names.ContentType, "application/json; charset=UTF-8");
        if (_options.Region is { } region)
        {
            request.Headers.Add(RegionHeader, region);
        }

        var body = texts.Select(t => new TranslateInput(t)).ToArray();
        request.Content = RequestContent.Create(JsonSerializer.SerializeToUtf8Bytes(body));
        message.SetProperty(AttemptCountingPolicy.CharactersProperty, texts.Sum(t => (long)t.Length));
        return message;
    }

    private IReadOnlyList<PieceTranslation> Parse(BinaryData content, int expected)
    {
        TranslateResultItem[]? items;
        try
        {
            items = JsonSerializer.Deserialize<TranslateResultItem[]>(content.ToMemory().Span);
        }
        catch (JsonException ex)
        {
            throw new EngineException(
                $"Azure Translator at {_options.Endpoint} answered with malformed JSON ({ex.Message}). Is the endpoint a Translator endpoint?", ex);
        }

        if (items is null || items.Length != expected)
        {
            throw new EngineException(
                $"Azure Translator at {_options.Endpoint} returned {items?.Length ?? 0} results for {expected} texts.");
        }

        return items.Select(item =>
        {
            var entry = item.Translations?.FirstOrDefault()
                ?? throw new EngineException($"Azure Translator at {_options.Endpoint} returned a result without translations.");
            return new PieceTranslation(entry.Text ?? string.Empty, AlignmentParser.Parse(entry.Alignment?.Proj));
        }).ToArray();
    }

    private string Scrub(string text) => SecretScrubber.Scrub(text, _options.Credential.Key);
}

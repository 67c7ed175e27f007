using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace TranslationQA.Translation.Tests.TestServers;

/// <summary>
/// A fake LibreTranslate server: POST /translate with q (string or array), source, target, format and optional
/// api_key; answers translatedText in the same shape, or {"error": "..."}. Translation upper-cases the text.
/// </summary>
public sealed class FakeLibreTranslateServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<(int Status, string Error)> _failures = new();
    private KestrelTestServer _server = null!;
    private int _requestCount;

    /// <summary>The API key the server demands, or null when it runs without --api-keys.</summary>
    public string? RequiredApiKey { get; init; }

    /// <summary>The most q elements the server accepts (its --batch-limit).</summary>
    public int BatchLimit { get; init; } = int.MaxValue;

    /// <summary>Base URL to configure the client with.</summary>
    public Uri Url => _server.BaseUri;

    /// <summary>Every request that reached the server.</summary>
    public int RequestCount => Volatile.Read(ref _requestCount);

    /// <summary>The q arrays of translated requests.</summary>
    public ConcurrentQueue<IReadOnlyList<string>> TranslatedBatches { get; } = new();

    /// <summary>Starts a server on 127.0.0.1.</summary>
    public static async Task<FakeLibreTranslateServer> StartAsync(string? requiredApiKey = null, int batchLimit = int.MaxValue)
    {
        var fake = new FakeLibreTranslateServer { RequiredApiKey = requiredApiKey, BatchLimit = batchLimit };
        fake._server = await KestrelTestServer.StartAsync(fake.HandleAsync).ConfigureAwait(false);
        return fake;
    }

    /// <summary>Makes the next request fail with <paramref name="status"/>.</summary>
    public void EnqueueFailure(int status, string error) => _failures.Enqueue((status, error));

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requestCount);
        if (_failures.TryDequeue(out var failure))
        {
            await WriteErrorAsync(context, failure.Status, failure.Error).ConfigureAwait(false);
            return;
        }

        if (context.Request.Method != "POST" || context.Request.Path != "/translate")
        {
            await WriteErrorAsync(context, 404, "Not Found").ConfigureAwait(false);
            return;
        }

        using var body = await JsonDocument.ParseAsync(context.Request.Body).ConfigureAwait(false);
        var root = body.RootElement;
        var apiKey = root.TryGetProperty("api_key", out var key) ? key.GetString() : null;
        if (RequiredApiKey is not null && apiKey != RequiredApiKey)
        {
            await WriteErrorAsync(context, 403, "Invalid API key").ConfigureAwait(false);
            return;
        }

        if (!root.TryGetProperty("source", out _) || !root.TryGetProperty("target", out _) ||
            root.GetProperty("format").GetString() != "text")
        {
            await WriteErrorAsync(context, 400, "Invalid request: missing source, target or format").ConfigureAwait(false);
            return;
        }

        var q = root.GetProperty("q");
        var texts = q.ValueKind == JsonValueKind.Array ? q.EnumerateArray().Select(e => e.GetString()!).ToList() : [q.GetString()!];
        if (texts.Count > BatchLimit)
        {
            await WriteErrorAsync(context, 400, $"Invalid request: request ({texts.Count}) exceeds text limit ({BatchLimit})").ConfigureAwait(false);
            return;
        }

        TranslatedBatches.Enqueue(texts);
        var translated = texts.Select(t => t.ToUpperInvariant()).ToArray();
        context.Response.ContentType = "application/json";
        object answer = q.ValueKind == JsonValueKind.Array ? new { translatedText = translated } : new { translatedText = translated[0] };
        await JsonSerializer.SerializeAsync(context.Response.Body, answer).ConfigureAwait(false);
    }

    private static Task WriteErrorAsync(HttpContext context, int status, string error)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { error }));
    }
}

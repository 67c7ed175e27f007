using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace TranslationQA.Translation.Tests.TestServers;

/// <summary>
/// A fake Azure Translator v3 endpoint that enforces the documented contract (key and region headers, api-version,
/// JSON body, at most 1,000 elements and 50,000 characters) and translates with a tiny word list plus alignment.
/// </summary>
public sealed partial class FakeTranslatorServer : IAsyncDisposable
{
    /// <summary>The only key the server accepts; tests assert it never leaks into messages.</summary>
    public const string Key = "tqa-test-key-7c1e9f3b2a";

    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["Das"] = "The", ["Haus"] = "house", ["ist"] = "is", ["rot"] = "red",
        ["Der"] = "The", ["Minister"] = "minister", ["sagte"] = "said", ["heute"] = "today",
    };

    private readonly ConcurrentQueue<Func<HttpContext, Task>> _interventions = new();
    private KestrelTestServer _server = null!;
    private int _requestCount;

    /// <summary>Region the server demands in Ocp-Apim-Subscription-Region, or null for a global resource.</summary>
    public string? ExpectedRegion { get; init; }

    /// <summary>The endpoint to configure the client with.</summary>
    public Uri Endpoint => _server.BaseUri;

    /// <summary>Every request that reached the server, failed or not.</summary>
    public int RequestCount => Volatile.Read(ref _requestCount);

    /// <summary>Texts of every request the server translated, one list per request.</summary>
    public ConcurrentQueue<IReadOnlyList<string>> TranslatedBatches { get; } = new();

    /// <summary>X-ClientTraceId of every request.</summary>
    public ConcurrentQueue<string?> TraceIds { get; } = new();

    /// <summary>Starts a server on 127.0.0.1.</summary>
    public static async Task<FakeTranslatorServer> StartAsync(string? expectedRegion = null)
    {
        var fake = new FakeTranslatorServer { ExpectedRegion = expectedRegion };
        fake._server = await KestrelTestServer.StartAsync(fake.HandleAsync).ConfigureAwait(false);
        return fake;
    }

    /// <summary>Makes the next authorised request answer with <paramref name="respond"/> instead of translating.</summary>
    public void Enqueue(Func<HttpContext, Task> respond) => _interventions.Enqueue(respond);

    /// <summary>Makes the next authorised request fail with a Translator-style error.</summary>
    public void EnqueueError(int status, long code, string message, string? retryAfter = null) =>
        Enqueue(context =>
        {
            if (retryAfter is not null)
            {
                context.Response.Headers.RetryAfter = retryAfter;
            }

            return WriteErrorAsync(context, status, code, message);
        });

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requestCount);
        var request = context.Request;
        TraceIds.Enqueue(request.Headers["X-ClientTraceId"].FirstOrDefault());
        if (request.Headers["Ocp-Apim-Subscription-Key"] != Key ||
            (ExpectedRegion is not null && request.Headers["Ocp-Apim-Subscription-Region"] != ExpectedRegion))
        {
            await WriteErrorAsync(context, 401, 401000,
                "The request is not authorized because credentials are missing or invalid.").ConfigureAwait(false);
            return;
        }

        if (_interventions.TryDequeue(out var intervention))
        {
            await intervention(context).ConfigureAwait(false);
            return;
        }

        var problem = Validate(request);
        if (problem is not null)
        {
            await WriteErrorAsync(context, 400, problem.Value.Code, problem.Value.Message).ConfigureAwait(false);
            return;
        }

        List<string> texts;
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body).ConfigureAwait(false);
            texts = [.. body.RootElement.EnumerateArray().Select(e => e.GetProperty("Text").GetString()!)];
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            await WriteErrorAsync(context, 400, 400074, "The body of the request is not valid JSON.").ConfigureAwait(false);
            return;
        }

        if (texts.Count > 1000 || texts.Sum(t => t.Length) > 50_000)
        {
            await WriteErrorAsync(context, 400, 400077, "The maximum request size has been exceeded.").ConfigureAwait(false);
            return;
        }

        TranslatedBatches.Enqueue(texts);
        var withAlignment = request.Query["includeAlignment"] == "true";
        var answer = texts.Select(t => Translate(t, request.Query["to"]!, withAlignment)).ToArray();
        context.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, answer).ConfigureAwait(false);
    }

    private static (long Code, string Message)? Validate(HttpRequest request)
    {
        if (request.Method != "POST" || request.Path != "/translate")
        {
            return (400000, "Only POST /translate is implemented.");
        }

        if (request.Query["api-version"] != "3.0")
        {
            return (400021, "The API version parameter is missing or invalid.");
        }

        if (string.IsNullOrEmpty(request.Query["to"]))
        {
            return (400036, "The target language (\"To\" field) is missing or invalid.");
        }

        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return (400000, "Content-Type must be application/json.");
        }

        return Guid.TryParse(request.Headers["X-ClientTraceId"], out _)
            ? null
            : (400000, "X-ClientTraceId must be a GUID (fake server rule).");
    }

    private static object Translate(string text, string to, bool withAlignment)
    {
        var output = new System.Text.StringBuilder();
        var links = new List<string>();
        foreach (Match token in Token().Matches(text))
        {
            if (output.Length > 0)
            {
                output.Append(' ');
            }

            var rendering = Words.GetValueOrDefault(token.Value, token.Value);
            links.Add($"{token.Index}:{token.Index + token.Length - 1}-{output.Length}:{output.Length + rendering.Length - 1}");
            output.Append(rendering);
        }

        var translation = new Dictionary<string, object> { ["text"] = output.ToString(), ["to"] = to };
        if (withAlignment)
        {
            translation["alignment"] = new { proj = string.Join(' ', links) };
        }

        return new { translations = new[] { translation } };
    }

    private static Task WriteErrorAsync(HttpContext context, int status, long code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { error = new { code, message } }));
    }

    [GeneratedRegex(@"\w+|[^\w\s]")]
    private static partial Regex Token();
}

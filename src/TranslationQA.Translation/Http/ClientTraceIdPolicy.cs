using Azure.Core;
using Azure.Core.Pipeline;

namespace TranslationQA.Translation.Http;

/// <summary>Stamps each logical request with a fresh X-ClientTraceId GUID; retries of it keep the same id.</summary>
public sealed class ClientTraceIdPolicy : HttpPipelineSynchronousPolicy
{
    /// <summary>The header name Translator v3 documents for client trace ids.</summary>
    public const string HeaderName = "X-ClientTraceId";

    /// <inheritdoc />
    public override void OnSendingRequest(HttpMessage message)
    {
        if (!message.Request.Headers.Contains(HeaderName))
        {
            message.Request.Headers.Add(HeaderName, Guid.NewGuid().ToString());
        }
    }
}

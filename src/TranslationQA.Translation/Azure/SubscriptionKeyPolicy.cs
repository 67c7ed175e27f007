using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace TranslationQA.Translation.Azure;

/// <summary>
/// Adds the subscription key header on every attempt (Azure.Core keeps its own key policy internal).
/// Azure.Core's logging redacts this header because it is not on the logged-headers allow list.
/// </summary>
internal sealed class SubscriptionKeyPolicy(AzureKeyCredential credential) : HttpPipelineSynchronousPolicy
{
    /// <summary>The header Translator reads the key from.</summary>
    public const string HeaderName = "Ocp-Apim-Subscription-Key";

    /// <inheritdoc />
    public override void OnSendingRequest(HttpMessage message) =>
        message.Request.Headers.SetValue(HeaderName, credential.Key);
}

using global::Azure;

namespace TranslationQA.Translation.Http;

/// <summary>
/// Recognises a request that never got an answer: Azure.Core throws a <see cref="RequestFailedException"/> for one
/// failed attempt and, once its retry policy gives up, an <see cref="AggregateException"/> of them.
/// </summary>
internal static class TransportFailure
{
    /// <summary>What went wrong on the last attempt, or null when <paramref name="exception"/> is no transport failure.</summary>
    public static string? Reason(Exception exception) => exception switch
    {
        RequestFailedException single => single.InnerException?.Message ?? single.Message,
        AggregateException { InnerExceptions.Count: > 0 } all when all.InnerExceptions.All(e => e is RequestFailedException) =>
            Reason(all.InnerExceptions[^1]) + (all.InnerExceptions.Count > 1 ? $" ({all.InnerExceptions.Count} attempts)" : ""),
        _ => null,
    };
}

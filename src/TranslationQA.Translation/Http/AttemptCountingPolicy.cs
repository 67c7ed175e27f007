using Azure.Core;
using Azure.Core.Pipeline;

namespace TranslationQA.Translation.Http;

/// <summary>
/// A per-retry policy that counts every HTTP attempt (and which were retries) into an <see cref="EngineStatsCounter"/>,
/// so cost reports include what the retry policy spent.
/// </summary>
public sealed class AttemptCountingPolicy : HttpPipelineSynchronousPolicy
{
    /// <summary>Message property holding the number of characters of text the request carries.</summary>
    public const string CharactersProperty = "TranslationQA.Characters";

    private const string SeenProperty = "TranslationQA.AttemptSeen";
    private readonly EngineStatsCounter _counter;

    /// <summary>Counts into <paramref name="counter"/>.</summary>
    public AttemptCountingPolicy(EngineStatsCounter counter) => _counter = counter;

    /// <inheritdoc />
    public override void OnSendingRequest(HttpMessage message)
    {
        var isRetry = message.TryGetProperty(SeenProperty, out _);
        message.SetProperty(SeenProperty, true);
        var characters = message.TryGetProperty(CharactersProperty, out var value) && value is long count ? count : 0;
        _counter.AddAttempt(characters, isRetry);
    }
}

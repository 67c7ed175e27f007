namespace TranslationQA.Core.Model;

/// <summary>What a back-translation run cost: characters sent to a service, requests, retries and cache hits.</summary>
public sealed record EngineStats(long CharactersSent, int Requests, int Retries, int CacheHits, long CharactersTranslated)
{
    /// <summary>No cost.</summary>
    public static EngineStats Zero { get; } = new(0, 0, 0, 0, 0);
}

using TranslationQA.Core.Model;

namespace TranslationQA.Translation.Http;

/// <summary>Thread-safe running totals behind an engine's <see cref="EngineStats"/>.</summary>
public sealed class EngineStatsCounter
{
    private long _charactersSent;
    private int _requests;
    private int _retries;
    private int _cacheHits;
    private long _charactersTranslated;

    /// <summary>Records one HTTP attempt carrying <paramref name="characters"/> characters of text; retries count separately.</summary>
    public void AddAttempt(long characters, bool isRetry)
    {
        Interlocked.Add(ref _charactersSent, characters);
        Interlocked.Increment(ref _requests);
        if (isRetry)
        {
            Interlocked.Increment(ref _retries);
        }
    }

    /// <summary>Records characters whose translation came back successfully (what the service bills).</summary>
    public void AddTranslated(long characters) => Interlocked.Add(ref _charactersTranslated, characters);

    /// <summary>Records sentences answered from a cache.</summary>
    public void AddCacheHits(int hits) => Interlocked.Add(ref _cacheHits, hits);

    /// <summary>A consistent-enough snapshot of the totals.</summary>
    public EngineStats Snapshot() => new(
        Interlocked.Read(ref _charactersSent),
        Volatile.Read(ref _requests),
        Volatile.Read(ref _retries),
        Volatile.Read(ref _cacheHits),
        Interlocked.Read(ref _charactersTranslated));
}

using System.Collections.Concurrent;

namespace TranslationQA.Core.Text;

/// <summary>
/// Memoises a pure function for the checks' hot loops, where the same words are stemmed and keyed again per bead,
/// per gloss and per article. It stops adding entries at a bound, so a long run over many articles cannot grow it
/// without limit; past the bound, values are computed as if there were no cache. Thread-safe.
/// </summary>
internal sealed class BoundedMemo<TKey, TValue>(Func<TKey, TValue> compute, int capacity = 100_000)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _cache = new();

    /// <summary>The value for <paramref name="key"/>, computed at most once while the memo has room.</summary>
    public TValue Get(TKey key)
    {
        if (_cache.TryGetValue(key, out var value))
        {
            return value;
        }

        value = compute(key);
        if (_cache.Count < capacity)
        {
            _cache.TryAdd(key, value);
        }

        return value;
    }
}

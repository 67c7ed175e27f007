using TranslationQA.Core.BackTranslation;
using TranslationQA.Core.Model;

namespace TranslationQA.Translation.Caching;

/// <summary>
/// Wraps any engine with a persistent <see cref="SqliteTranslationCache"/>: only sentences not in the cache reach the
/// inner engine (each distinct one once), so a re-run over unchanged input sends nothing.
/// </summary>
public sealed class CachingBackTranslator : IBackTranslator
{
    private readonly IBackTranslator _inner;
    private readonly SqliteTranslationCache _cache;
    private readonly string _identity;
    private int _cacheHits;

    /// <summary>
    /// Caches <paramref name="inner"/>'s results in <paramref name="cache"/> (which the caller owns and disposes).
    /// <paramref name="engineIdentity"/> defaults to the engine's <see cref="ICacheableEngine.CacheIdentity"/>.
    /// </summary>
    public CachingBackTranslator(IBackTranslator inner, SqliteTranslationCache cache, string? engineIdentity = null)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _cache = cache ?? throw new ArgumentNullException(nameof(cache));
        _identity = engineIdentity ?? (inner as ICacheableEngine)?.CacheIdentity ?? string.Empty;
    }

    /// <inheritdoc />
    public string Name => _inner.Name;

    /// <inheritdoc />
    public bool IsLexicalGloss => _inner.IsLexicalGloss;

    /// <summary>The inner engine's cost plus the sentences this cache answered.</summary>
    public EngineStats Stats
    {
        get
        {
            var inner = _inner.Stats;
            return inner with { CacheHits = inner.CacheHits + Volatile.Read(ref _cacheHits) };
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SentenceBackTranslation>> TranslateAsync(
        IReadOnlyList<string> sentences, string fromLang, string toLang, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var keys = sentences.Select(s => CacheKey.Compute(_inner.Name, _identity, fromLang, toLang, s ?? string.Empty)).ToArray();
        var known = await _cache.GetManyAsync(keys, cancellationToken).ConfigureAwait(false);
        Interlocked.Add(ref _cacheHits, keys.Count(known.ContainsKey));

        var missIndices = Enumerable.Range(0, keys.Length)
            .Where(i => !known.ContainsKey(keys[i]))
            .DistinctBy(i => keys[i])
            .ToArray();
        var results = new Dictionary<string, SentenceBackTranslation>(known, StringComparer.Ordinal);
        if (missIndices.Length > 0)
        {
            var fresh = await _inner.TranslateAsync(
                [.. missIndices.Select(i => sentences[i])], fromLang, toLang, cancellationToken).ConfigureAwait(false);
            if (fresh.Count != missIndices.Length)
            {
                throw new EngineException(
                    $"The {_inner.Name} engine returned {fresh.Count} translations for {missIndices.Length} sentences.");
            }

            var entries = missIndices.Select((i, k) => (keys[i], _inner.Name, fresh[k])).ToArray();
            await _cache.PutManyAsync(entries, cancellationToken).ConfigureAwait(false);
            foreach (var (key, _, value) in entries)
            {
                results[key] = value;
            }
        }

        return keys.Select(k => results[k]).ToArray();
    }
}

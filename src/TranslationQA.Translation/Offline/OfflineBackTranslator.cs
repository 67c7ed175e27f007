using TranslationQA.Core.BackTranslation;
using TranslationQA.Core.Model;

namespace TranslationQA.Translation.Offline;

/// <summary>
/// The default engine: a word-by-word lexical back-translation of German into English or French built on the
/// Debian dictionaries (Ding, Hunspell de_DE, WordNet, FreeDict). Data loads once, lazily and thread-safely.
/// </summary>
public sealed class OfflineBackTranslator : IBackTranslator
{
    private readonly Lazy<OfflineLexicon> _lexicon;

    /// <summary>Creates the engine; the dictionaries load on first use.</summary>
    public OfflineBackTranslator(OfflineEngineOptions? options = null)
    {
        Options = options ?? OfflineEngineOptions.Default;
        _lexicon = new Lazy<OfflineLexicon>(() => OfflineLexicon.Load(Options), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The data locations in use.</summary>
    public OfflineEngineOptions Options { get; }

    /// <inheritdoc />
    public string Name => "offline";

    private long _charactersGlossed;

    /// <inheritdoc />
    public bool IsLexicalGloss => true;

    /// <inheritdoc />
    /// <remarks>Nothing is sent anywhere; only the characters glossed are counted.</remarks>
    public EngineStats Stats => EngineStats.Zero with { CharactersTranslated = Interlocked.Read(ref _charactersGlossed) };

    /// <summary>True once loaded, when the dictionaries came from the binary cache.</summary>
    public bool LoadedFromCache => _lexicon.Value.FromCache;

    /// <summary>Creates the engine and loads its data now, off the calling thread.</summary>
    /// <exception cref="EngineException">A data file is missing.</exception>
    public static async Task<OfflineBackTranslator> LoadAsync(OfflineEngineOptions? options, CancellationToken cancellationToken)
    {
        var engine = new OfflineBackTranslator(options);
        await Task.Run(() => engine._lexicon.Value, cancellationToken).ConfigureAwait(false);
        return engine;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SentenceBackTranslation>> TranslateAsync(
        IReadOnlyList<string> sentences,
        string fromLang,
        string toLang,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        cancellationToken.ThrowIfCancellationRequested();
        var glosser = GlosserFor(fromLang, toLang);
        Interlocked.Add(ref _charactersGlossed, sentences.Sum(s => (long)s.Length));
        // Glossing is pure CPU work of a few milliseconds per article, so it runs synchronously.
        return Task.FromResult(glosser.GlossBatch(sentences));
    }

    /// <summary>Glosses one German sentence into <paramref name="toLang"/> (en or fr).</summary>
    public SentenceBackTranslation Gloss(string sentence, string toLang) => GlosserFor("de", toLang).Gloss(sentence);

    /// <summary>German headwords whose Ding entries render as <paramref name="englishWord"/> (lemma or phrase).</summary>
    public IReadOnlyList<string> GermanCandidates(string englishWord) =>
        _lexicon.Value.Data.Reverse.TryGetValue(englishWord.Trim().ToLowerInvariant(), out var german) ? german : [];

    /// <summary>English glosses of a German headword exactly as written, best first (empty when unknown).</summary>
    public IReadOnlyList<string> EnglishGlosses(string germanHeadword) =>
        _lexicon.Value.Data.English.TryGetValue(germanHeadword, out var g) ? g : [];

    private GermanGlosser GlosserFor(string fromLang, string toLang)
    {
        if (!string.Equals(fromLang, "de", StringComparison.OrdinalIgnoreCase))
        {
            throw new EngineException($"Offline engine: translates from German (de) only, not from '{fromLang}'.");
        }

        return toLang.ToLowerInvariant() switch
        {
            "en" => _lexicon.Value.English,
            "fr" => _lexicon.Value.French,
            _ => throw new EngineException($"Offline engine: can back-translate into en or fr only, not '{toLang}'. Use --engine azure or libretranslate."),
        };
    }
}

using TranslationQA.Core.BackTranslation;

using TranslationQA.Translation.Offline.Hunspell;

namespace TranslationQA.Translation.Offline;

/// <summary>The loaded offline engine data: lexicons, stemmer and one glosser per target language.</summary>
internal sealed class OfflineLexicon
{
    private readonly Lazy<GermanGlosser> _english;
    private readonly Lazy<GermanGlosser> _french;

    private OfflineLexicon(LexiconData data, HunspellStemmer stemmer, bool fromCache)
    {
        Data = data;
        FromCache = fromCache;
        // Each glosser is made when a run first needs it: most runs have sources in one language.
        _english = new(() =>
        {
            var english = new WordLookup(data.English, data.Lemmas, stemmer, french: false);
            // Phrases come from Ding, so only English has them; FreeDict's deu-fra has no such entries.
            return new GermanGlosser(english, "en", new SentenceSenses(english, data.Particles, new PhraseTables(data.Phrases, data.VerbPhrases)));
        });
        _french = new(() =>
        {
            var french = new WordLookup(data.French, data.Lemmas, stemmer, french: true);
            return new GermanGlosser(french, "fr", new SentenceSenses(french, data.Particles, phrases: null));
        });
    }

    /// <summary>The compiled dictionaries.</summary>
    public LexiconData Data { get; }

    /// <summary>True when the dictionaries came from the binary cache rather than the source files.</summary>
    public bool FromCache { get; }

    /// <summary>German to English glosser.</summary>
    public GermanGlosser English => _english.Value;

    /// <summary>German to French glosser.</summary>
    public GermanGlosser French => _french.Value;

    /// <summary>Checks the data files, then reads the cache or builds it from the sources.</summary>
    /// <exception cref="EngineException">A data file is missing or unreadable.</exception>
    public static OfflineLexicon Load(OfflineEngineOptions options)
    {
        foreach (var (path, package) in options.RequiredFiles)
        {
            if (!File.Exists(path))
            {
                throw new EngineException(
                    $"Offline engine: dictionary file '{path}' is missing. It comes with the Debian package '{package}'; " +
                    "run eng/install-deps.sh to install the offline engine's data.");
            }
        }

        try
        {
            // The Hunspell data loads on a thread of its own while this one reads the lexicon (a pool thread could wait
            // for the pool to grow, which takes longer than the load itself).
            var hunspell = Task.Factory.StartNew(() => HunspellStemmer.Load(options.HunspellAffPath, options.HunspellDicPath),
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            var sources = options.RequiredFiles.Select(f => f.Path)
                .Where(p => p != options.HunspellDicPath && p != options.HunspellAffPath)
                .Concat(options.OptionalFiles);
            var stamps = LexiconCache.Stamps(sources);
            var cachePath = options.CacheDirectory is null ? null : LexiconCache.FilePath(options.CacheDirectory);
            var cached = cachePath is null ? null : LexiconCache.TryRead(cachePath, stamps);
            if (cached is not null)
            {
                return new OfflineLexicon(cached, hunspell.GetAwaiter().GetResult(), fromCache: true);
            }

            // Built, then packed as the cache stores it, so that a first run looks words up exactly as later runs do.
            var bytes = LexiconCache.Pack(stamps, LexiconData.Build(options));
            if (cachePath is not null)
            {
                TryWriteCache(cachePath, bytes);
            }

            return new OfflineLexicon(LexiconCache.Unpack(bytes, stamps)!, hunspell.GetAwaiter().GetResult(), fromCache: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new EngineException($"Offline engine: cannot read its dictionary data: {ex.Message} Run eng/install-deps.sh to reinstall it.", ex);
        }
    }

    private static void TryWriteCache(string cachePath, byte[] bytes)
    {
        try
        {
            LexiconCache.Write(cachePath, bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unwritable cache folder only costs speed on the next run; the lexicon itself is fine.
        }
    }
}

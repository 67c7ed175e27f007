using TranslationQA.Core.BackTranslation;
using TranslationQA.Translation.Azure;
using TranslationQA.Translation.Caching;
using TranslationQA.Translation.LibreTranslate;
using TranslationQA.Translation.Offline;

namespace TranslationQA.Cli;

/// <summary>An engine ready for a run, with whatever it holds open (the translation cache) released on dispose.</summary>
internal sealed class EngineLease(IBackTranslator engine, IDisposable? resource = null) : IDisposable
{
    public IBackTranslator Engine { get; } = engine;

    public void Dispose() => resource?.Dispose();
}

/// <summary>Creates the engine a run asked for. Service engines are wrapped in the translation cache unless --no-cache.</summary>
internal static class EngineFactory
{
    /// <summary>Creates and, for the offline engine, loads the engine, so a missing dictionary stops the run before any article.</summary>
    /// <exception cref="EngineException">The engine is not configured (missing data, missing key, bad URL).</exception>
    public static async Task<EngineLease> CreateAsync(CheckSettings settings, CancellationToken cancellationToken)
    {
        var engine = settings.EngineSettings;
        switch (settings.Engine)
        {
            case "offline":
                return new EngineLease(await OfflineBackTranslator.LoadAsync(null, cancellationToken).ConfigureAwait(false));
            case "azure":
                var azure = AzureTranslatorOptions.FromEnvironment(engine.AzureEndpoint);
                azure.MaxConcurrency = engine.MaxConcurrency;
                return Cached(new AzureBackTranslator(azure), engine);
            case "libretranslate":
                var libre = LibreTranslateOptions.FromEnvironment(engine.LibreTranslateUrl);
                return Cached(new LibreTranslateBackTranslator(libre), engine);
            default:
                throw new EngineException($"unknown engine '{settings.Engine}'; use offline, azure or libretranslate");
        }
    }

    private static EngineLease Cached(IBackTranslator inner, EngineSettings engine)
    {
        if (engine.NoCache)
        {
            return new EngineLease(inner);
        }

        var cache = SqliteTranslationCache.Open(engine.CacheFile);
        return new EngineLease(new CachingBackTranslator(inner, cache), cache);
    }
}

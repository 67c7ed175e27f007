namespace TranslationQA.Translation.Caching;

/// <summary>An engine whose results can be cached: it states what, besides the text, determines its output.</summary>
public interface ICacheableEngine
{
    /// <summary>
    /// Endpoint, API/engine version and output-shaping options, e.g. "https://host/|api-version=3.0|alignment".
    /// A change invalidates cached results.
    /// </summary>
    string CacheIdentity { get; }
}

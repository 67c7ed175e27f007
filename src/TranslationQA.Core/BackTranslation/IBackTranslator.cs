using TranslationQA.Core.Model;

namespace TranslationQA.Core.BackTranslation;

/// <summary>Translates German sentences back into the source language. The seam between the pipeline and every engine.</summary>
public interface IBackTranslator
{
    /// <summary>Engine name as shown in reports (offline, azure, libretranslate).</summary>
    string Name { get; }

    /// <summary>
    /// True when the output is a word-by-word lexical gloss rather than a machine translation. Such an engine works on
    /// the calling thread and is thread-safe: the pipeline glosses the articles of a batch in parallel, one call each.
    /// </summary>
    bool IsLexicalGloss { get; }

    /// <summary>Cost so far (characters sent, requests, retries, cache hits).</summary>
    EngineStats Stats { get; }

    /// <summary>
    /// Back-translates <paramref name="sentences"/> from <paramref name="fromLang"/> into <paramref name="toLang"/>.
    /// Returns exactly one result per input sentence, in order. Engines may batch across calls.
    /// </summary>
    /// <exception cref="EngineException">The engine cannot work (missing data, bad configuration, service failure).</exception>
    Task<IReadOnlyList<SentenceBackTranslation>> TranslateAsync(
        IReadOnlyList<string> sentences,
        string fromLang,
        string toLang,
        CancellationToken cancellationToken);
}

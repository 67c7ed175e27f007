using TranslationQA.Core.BackTranslation;
using TranslationQA.Core.Model;
using TranslationQA.Translation.Caching;
using TranslationQA.Translation.Http;

namespace TranslationQA.Translation.LibreTranslate;

/// <summary>
/// Back-translation with an open-source LibreTranslate server: the self-hosted alternative to Azure.
/// Same batching and de-duplication; LibreTranslate returns no word alignment, so <c>Words</c> stays empty.
/// </summary>
public sealed class LibreTranslateBackTranslator : IBackTranslator, ICacheableEngine
{
    private readonly LibreTranslateOptions _options;
    private readonly LibreTranslateClient _client;
    private readonly BatchTranslationRunner _runner;

    /// <summary>Creates the engine; nothing is sent until <see cref="TranslateAsync"/>.</summary>
    public LibreTranslateBackTranslator(LibreTranslateOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _client = new LibreTranslateClient(options);
        _runner = new BatchTranslationRunner(options.MaxElementsPerRequest, options.MaxCharactersPerRequest, options.MaxConcurrency);
    }

    /// <inheritdoc />
    public string Name => "libretranslate";

    /// <inheritdoc />
    public bool IsLexicalGloss => false;

    /// <inheritdoc />
    public EngineStats Stats => _client.Stats;

    /// <inheritdoc />
    public string CacheIdentity => $"{_options.Url.AbsoluteUri.TrimEnd('/')}|format=text";

    /// <inheritdoc />
    public async Task<IReadOnlyList<SentenceBackTranslation>> TranslateAsync(
        IReadOnlyList<string> sentences, string fromLang, string toLang, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentException.ThrowIfNullOrWhiteSpace(fromLang);
        ArgumentException.ThrowIfNullOrWhiteSpace(toLang);
        var pieces = await _runner.RunAsync(
            sentences,
            (texts, ct) => _client.TranslateAsync(texts, fromLang, toLang, ct),
            cancellationToken).ConfigureAwait(false);
        return pieces.Select(p => new SentenceBackTranslation(p.Text, [])).ToArray();
    }
}

using TranslationQA.Core.BackTranslation;
using TranslationQA.Core.Model;
using TranslationQA.Translation.Caching;
using TranslationQA.Translation.Http;

namespace TranslationQA.Translation.Azure;

/// <summary>
/// Back-translation with Azure AI Translator (text API v3): duplicates sent once, requests packed to the
/// documented limits, bounded parallelism, and word glosses from the service's alignment.
/// </summary>
public sealed class AzureBackTranslator : IBackTranslator, ICacheableEngine
{
    private readonly AzureTranslatorOptions _options;
    private readonly TextTranslationClient _client;
    private readonly BatchTranslationRunner _runner;

    /// <summary>Creates the engine; nothing is sent until <see cref="TranslateAsync"/>.</summary>
    public AzureBackTranslator(AzureTranslatorOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _client = new TextTranslationClient(options);
        _runner = new BatchTranslationRunner(
            Math.Min(options.MaxElementsPerRequest, 1000),
            Math.Min(options.MaxCharactersPerRequest, 50_000),
            options.MaxConcurrency);
    }

    /// <inheritdoc />
    public string Name => "azure";

    /// <inheritdoc />
    public bool IsLexicalGloss => false;

    /// <inheritdoc />
    public EngineStats Stats => _client.Stats;

    /// <inheritdoc />
    public string CacheIdentity =>
        $"{_options.Endpoint.AbsoluteUri.TrimEnd('/')}|api-version=3.0|alignment={_options.IncludeAlignment}";

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
        return sentences
            .Select((sentence, i) => new SentenceBackTranslation(
                pieces[i].Text,
                AlignmentGlosser.Build(sentence ?? string.Empty, pieces[i].Text, pieces[i].Links)))
            .ToArray();
    }
}

namespace TranslationQA.Core.Model;

/// <summary>The back-translation of one German sentence.</summary>
/// <param name="Text">The back-translated sentence.</param>
/// <param name="Words">Per German token: its rendering (engines without word alignment may return an empty list).</param>
public sealed record SentenceBackTranslation(string Text, IReadOnlyList<WordGloss> Words);

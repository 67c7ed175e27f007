using System.Collections.Concurrent;
using TranslationQA.Core.Model;

namespace TranslationQA.Translation.Offline;

/// <summary>
/// The <see cref="PhraseKey"/>s a glossed word can stand for in a phrase: those of its surface, its lemma and its
/// other base forms ("getroffen": getroff, treff), memoised per surface and lemma.
/// </summary>
internal sealed class WordKeys(WordLookup lookup)
{
    private readonly ConcurrentDictionary<(string Surface, string? Lemma), string[]> _keys = new();

    /// <summary>The keys of <paramref name="word"/>, its surface's first.</summary>
    public string[] Of(WordGloss word) =>
        _keys.GetOrAdd((word.Surface, word.Lemma), key =>
        {
            var lemma = key.Lemma is { } l && !l.Contains('+', StringComparison.Ordinal) ? l : key.Surface;
            return [.. new[] { key.Surface, lemma }.Concat(lookup.BaseFormsOf(key.Surface, lemma)).Select(PhraseKey.Of).Distinct(StringComparer.Ordinal)];
        });

    /// <summary>True for a word token (not punctuation, not a number).</summary>
    public static bool IsWord(WordGloss w) => w.Kind is not (TokenKind.Punctuation or TokenKind.Number);
}

using System.Collections.Concurrent;
using TranslationQA.Core.Model;

namespace TranslationQA.Translation.Offline;

/// <summary>
/// Finds Ding's phrases of 2-3 words in a sentence ("vor kurzem": recently; "Nahen Osten": Middle East) and gives
/// each word of the phrase its senses first, the word's own after them. Words match by <see cref="PhraseKey"/> of
/// their surface, their lemma or another base form, so a declined or conjugated phrase is found.
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly IReadOnlyDictionary<string, string[]> _phrases;
    private readonly HashSet<string> _firstKeys;
    private readonly WordLookup _lookup;
    private readonly ConcurrentDictionary<(string Surface, string? Lemma), string[]> _keys = new();
    private readonly ConcurrentDictionary<(string Phrase, IReadOnlyList<string> Own), string[]> _merged = new();

    /// <summary>Creates a matcher over <paramref name="phrases"/> (keyed by <see cref="PhraseKey"/>).</summary>
    public PhraseMatcher(IReadOnlyDictionary<string, string[]> phrases, WordLookup lookup)
    {
        _phrases = phrases;
        _lookup = lookup;
        // Most windows start with a word that starts no phrase: one set lookup rejects them.
        _firstKeys = new HashSet<string>(phrases.Keys.Select(k => k[..k.IndexOf(' ', StringComparison.Ordinal)]), StringComparer.Ordinal);
    }

    /// <summary>Adds the senses of every phrase of one sentence's <paramref name="words"/> to its words, in place.</summary>
    public void Apply(List<WordGloss> words)
    {
        // Matched on the words as glossed alone, applied afterwards, so overlapping phrases each add their senses.
        List<(int Start, int Length, string Key, string[] Senses)>? found = null;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!IsWord(words[i]) || !KeysOf(words[i]).Any(_firstKeys.Contains))
            {
                continue;
            }

            for (var length = Math.Min(3, words.Count - i); length >= 2; length--)
            {
                if (Match(words, i, length) is { } match)
                {
                    (found ??= []).Add((i, length, match.Key, match.Senses));
                    break;
                }
            }
        }

        foreach (var (start, length, key, senses) in found ?? [])
        {
            for (var k = start; k < start + length; k++)
            {
                var w = words[k];
                words[k] = w.Gloss is null
                    ? w with { Kind = TokenKind.Word, Gloss = senses[0], Glosses = Merge(key, senses, w.Glosses) }
                    : w with { Glosses = Merge(key, senses, w.Glosses) };
            }
        }
    }

    private (string Key, string[] Senses)? Match(List<WordGloss> words, int start, int length)
    {
        for (var k = start + 1; k < start + length; k++)
        {
            if (!IsWord(words[k]))
            {
                return null;
            }
        }

        foreach (var a in KeysOf(words[start]))
        {
            foreach (var b in KeysOf(words[start + 1]))
            {
                var two = string.Concat(a, " ", b);
                if (length == 2)
                {
                    if (_phrases.TryGetValue(two, out var senses))
                    {
                        return (two, senses);
                    }

                    continue;
                }

                foreach (var c in KeysOf(words[start + 2]))
                {
                    var three = string.Concat(two, " ", c);
                    if (_phrases.TryGetValue(three, out var senses))
                    {
                        return (three, senses);
                    }
                }
            }
        }

        return null;
    }

    private string[] KeysOf(WordGloss word) =>
        _keys.GetOrAdd((word.Surface, word.Lemma), key =>
        {
            var lemma = key.Lemma is { } l && !l.Contains('+', StringComparison.Ordinal) ? l : key.Surface;
            return [.. new[] { key.Surface, lemma }.Concat(_lookup.BaseFormsOf(key.Surface, lemma)).Select(PhraseKey.Of).Distinct(StringComparer.Ordinal)];
        });

    private string[] Merge(string key, string[] senses, IReadOnlyList<string> own) =>
        _merged.GetOrAdd((key, own), k => [.. senses, .. k.Own.Where(g => !senses.Contains(g, StringComparer.Ordinal))]);

    private static bool IsWord(WordGloss w) => w.Kind is not (TokenKind.Punctuation or TokenKind.Number);
}

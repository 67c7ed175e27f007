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
    private readonly WordKeys _keys;
    private readonly SenseLists _lists;

    /// <summary>Creates a matcher over <paramref name="phrases"/> (keyed by <see cref="PhraseKey"/>).</summary>
    public PhraseMatcher(IReadOnlyDictionary<string, string[]> phrases, WordKeys keys, SenseLists lists)
    {
        _phrases = phrases;
        _keys = keys;
        _lists = lists;
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
            if (!WordKeys.IsWord(words[i]) || !_keys.Of(words[i]).Any(_firstKeys.Contains))
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
            // "der Mensch" (mankind) says something of the noun; the article renders nothing of the phrase.
            for (var k = start; k < start + length; k++)
            {
                if (!PhraseKey.IsArticle(words[k].Surface))
                {
                    words[k] = _lists.Prepend(words[k], key, senses);
                }
            }
        }
    }

    private (string Key, string[] Senses)? Match(List<WordGloss> words, int start, int length)
    {
        for (var k = start + 1; k < start + length; k++)
        {
            if (!WordKeys.IsWord(words[k]))
            {
                return null;
            }
        }

        foreach (var a in _keys.Of(words[start]))
        {
            foreach (var b in _keys.Of(words[start + 1]))
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

                foreach (var c in _keys.Of(words[start + 2]))
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
}

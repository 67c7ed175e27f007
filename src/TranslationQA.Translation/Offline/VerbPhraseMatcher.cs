using TranslationQA.Core.Model;

namespace TranslationQA.Translation.Offline;

/// <summary>
/// Finds Ding's noun-verb phrases ("eine Rolle spielen", "auf Eis liegen", "in Kraft treten") where a main clause
/// splits them: "spielt eine wichtige Rolle", "trat am Montag in Kraft". The phrase's words before the verb stand
/// together (articles aside), the verb anywhere in the same clause in any form; all of them get the phrase's
/// senses first. Consecutive phrases are <see cref="PhraseMatcher"/>'s.
/// </summary>
internal sealed class VerbPhraseMatcher(
    IReadOnlyDictionary<string, string[]> rests,
    IReadOnlyDictionary<string, string[]> phrases,
    WordKeys keys,
    SenseLists lists)
{
    /// <summary>Adds the senses of every split verb phrase of one sentence's <paramref name="words"/>, in place.</summary>
    public void Apply(List<WordGloss> words)
    {
        List<(int Start, int Length, int Verb, string Key)>? found = null;
        Dictionary<string, List<int>>? positions = null;
        for (var i = 0; i < words.Count; i++)
        {
            for (var length = Math.Min(2, words.Count - i); length >= 1; length--)
            {
                if (Match(words, i, length, ref positions) is { } match)
                {
                    (found ??= []).Add((i, length, match.Verb, match.Key));
                    break;
                }
            }
        }

        foreach (var (start, length, verb, key) in found ?? [])
        {
            var senses = phrases[key];
            for (var k = start; k < start + length; k++)
            {
                words[k] = lists.Prepend(words[k], key, senses);
            }

            words[verb] = lists.Prepend(words[verb], key, senses);
        }
    }

    private (string Key, int Verb)? Match(List<WordGloss> words, int start, int length, ref Dictionary<string, List<int>>? positions)
    {
        var end = start + length;
        for (var k = start; k < end; k++)
        {
            if (!WordKeys.IsWord(words[k]) || words[k].Kind == TokenKind.Function && length == 1)
            {
                return null;
            }
        }

        foreach (var rest in RestKeys(words, start, length))
        {
            if (!rests.TryGetValue(rest, out var candidates))
            {
                continue;
            }

            positions ??= Positions(words);
            var (from, to) = (Clause.Start(words, start), Clause.End(words, end - 1));
            foreach (var key in candidates)
            {
                var verb = key[(key.LastIndexOf(' ') + 1)..];
                foreach (var v in positions.GetValueOrDefault(verb) ?? [])
                {
                    if (v >= from && v < to && (v < start || v >= end))
                    {
                        return (key, v);
                    }
                }
            }
        }

        return null;
    }

    private IEnumerable<string> RestKeys(List<WordGloss> words, int start, int length)
    {
        foreach (var a in keys.Of(words[start]))
        {
            if (length == 1)
            {
                yield return a;
                continue;
            }

            foreach (var b in keys.Of(words[start + 1]))
            {
                yield return string.Concat(a, " ", b);
            }
        }
    }

    /// <summary>Where each key stands in the sentence, for finding a phrase's verb.</summary>
    private Dictionary<string, List<int>> Positions(List<WordGloss> words)
    {
        var result = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            if (WordKeys.IsWord(words[i]) && char.IsLower(words[i].Surface[0]))
            {
                foreach (var key in keys.Of(words[i]))
                {
                    if (!result.TryGetValue(key, out var list))
                    {
                        result[key] = list = [];
                    }

                    list.Add(i);
                }
            }
        }

        return result;
    }
}

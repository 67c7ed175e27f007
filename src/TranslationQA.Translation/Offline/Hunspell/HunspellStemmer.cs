namespace TranslationQA.Translation.Offline.Hunspell;

/// <summary>
/// A small Hunspell affix stripper: finds the dictionary stems an inflected word can come from ("russischen" gives
/// "russisch"). Continuation classes are not followed.
/// </summary>
internal sealed class HunspellStemmer(HunspellData data)
{
    /// <summary>Number of dictionary words.</summary>
    public int WordCount => data.Words.Count;

    /// <summary>The stemmer over the process's shared copy of the .aff and .dic.</summary>
    public static HunspellStemmer Load(string affPath, string dicPath) => new(HunspellData.Shared(affPath, dicPath));

    /// <summary>True when <paramref name="word"/> is itself a dictionary word.</summary>
    public bool Contains(string word) => data.Words.ContainsKey(word);

    /// <summary>Dictionary stems <paramref name="word"/> can be derived from (itself included when listed), case kept.</summary>
    public IReadOnlyList<string> Stems(string word)
    {
        var result = new List<string>();
        if (data.Words.ContainsKey(word))
        {
            result.Add(word);
        }

        StripSuffixes(word, null, result);
        foreach (var p in data.PrefixRules)
        {
            if (word.Length > p.Add.Length && word.StartsWith(p.Add, StringComparison.Ordinal))
            {
                var stem = p.Strip + word[p.Add.Length..];
                if (p.Condition.Matches(stem) && data.HasFlag(stem, p.Flag))
                {
                    AddOnce(result, stem);
                }

                StripSuffixes(stem, p.Flag, result);
            }
        }

        return result;
    }

    private void StripSuffixes(string word, string? prefixFlag, List<string> result)
    {
        foreach (var s in data.SuffixRules)
        {
            if (word.Length <= s.Add.Length || !word.EndsWith(s.Add, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = word[..^s.Add.Length] + s.Strip;
            if (s.Condition.Matches(stem) && data.HasFlag(stem, s.Flag) && (prefixFlag is null || data.HasFlag(stem, prefixFlag)))
            {
                AddOnce(result, stem);
            }
        }
    }

    private static void AddOnce(List<string> list, string s)
    {
        if (!list.Contains(s, StringComparer.Ordinal))
        {
            list.Add(s);
        }
    }
}

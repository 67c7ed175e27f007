using System.Collections.Concurrent;
using TranslationQA.Core.Checks.Spelling;

namespace TranslationQA.Translation.Offline.Hunspell;

/// <summary>
/// The spelling dictionary of the spelling rule over Hunspell data: acceptance by <see cref="HunspellWordChecker"/>,
/// remembered per word form, and suggestions one edit away (a letter inserted, dropped, swapped with its neighbour or
/// replaced by one of the .aff's TRY letters) or one REP substitution away (ß/ss, ph/f: often two edits).
/// </summary>
internal sealed class HunspellSpeller(HunspellData data) : ISpellingDictionary
{
    // Word forms remembered: an article repeats its words and a run repeats the language's; past this the answers are
    // computed afresh, so a long run's memory stays bounded (about 10 MB at the cap).
    private const int MemoCapacity = 100_000;

    // Suggestions are for words of news prose; a longer token is a code or a run-together URL, not worth ~60 x n checks.
    private const int MaxSuggestLength = 30;

    private readonly HunspellWordChecker _checker = new(data);
    private readonly ConcurrentDictionary<string, bool> _memo = new(StringComparer.Ordinal);
    private readonly string _letters = new([.. data.TryChars.Where(char.IsLower)]);

    /// <inheritdoc />
    public bool IsCorrect(string word)
    {
        if (_memo.TryGetValue(word, out var known))
        {
            return known;
        }

        var correct = _checker.Accepts(word);
        if (_memo.Count < MemoCapacity)
        {
            _memo.TryAdd(word, correct);
        }

        return correct;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Suggest(string word, int max)
    {
        if (word.Length > MaxSuggestLength)
        {
            return [];
        }

        // A word right in the case written comes before one right only lower-cased: "Brüken" is "Brücken" (the noun)
        // before "Brüsken" (an adjective at a sentence start).
        var asWritten = new List<string>();
        var lowerCased = new List<string>();
        foreach (var candidate in Candidates(word).Distinct(StringComparer.Ordinal))
        {
            if (candidate == word)
            {
                continue;
            }

            if (_checker.AcceptsAsWritten(candidate))
            {
                asWritten.Add(candidate);
                if (asWritten.Count >= max)
                {
                    break;
                }
            }
            else if (lowerCased.Count < max && _checker.AcceptsLowerCased(candidate))
            {
                lowerCased.Add(candidate);
            }
        }

        return [.. asWritten.Concat(lowerCased).Take(max)];
    }

    /// <summary>Edits in the order of how often they explain a typo: a letter left out first ("Brüken"), REP pairs last.</summary>
    private IEnumerable<string> Candidates(string word)
    {
        for (var i = 0; i <= word.Length; i++)
        {
            foreach (var c in LettersAt(word, i))
            {
                yield return word.Insert(i, c.ToString());
            }
        }

        for (var i = 0; i + 1 < word.Length; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1, 1), word.AsSpan(i, 1), word.AsSpan(i + 2));
        }

        for (var i = 0; i < word.Length && word.Length > 2; i++)
        {
            yield return word.Remove(i, 1);
        }

        for (var i = 0; i < word.Length; i++)
        {
            foreach (var c in LettersAt(word, i))
            {
                yield return string.Concat(word.AsSpan(0, i), c.ToString(), word.AsSpan(i + 1));
            }
        }

        foreach (var (from, to) in data.Replacements)
        {
            for (var i = word.IndexOf(from, StringComparison.Ordinal); i >= 0; i = word.IndexOf(from, i + 1, StringComparison.Ordinal))
            {
                yield return string.Concat(word.AsSpan(0, i), to, word.AsSpan(i + from.Length));
            }
        }
    }

    /// <summary>The TRY letters, upper-cased at the start of a capitalised word.</summary>
    private IEnumerable<char> LettersAt(string word, int i) =>
        i == 0 && word.Length > 0 && char.IsUpper(word[0]) ? _letters.Select(char.ToUpperInvariant) : _letters;
}

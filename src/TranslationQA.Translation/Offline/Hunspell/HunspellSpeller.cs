using System.Collections.Concurrent;
using TranslationQA.Core.Checks.Spelling;

namespace TranslationQA.Translation.Offline.Hunspell;

/// <summary>
/// The spelling dictionary of the spelling rule over Hunspell data: acceptance by <see cref="HunspellWordChecker"/> or
/// as a free German compound (<see cref="GermanCompounds"/>), remembered per word form, and <see cref="Suggestions"/>.
/// </summary>
internal sealed class HunspellSpeller(HunspellData data) : ISpellingDictionary
{
    // Word forms remembered: an article repeats its words and a run repeats the language's; past this the answers are
    // computed afresh, so a long run's memory stays bounded (about 10 MB at the cap for each of the two memos).
    private const int MemoCapacity = 100_000;

    // Suggestions are for words of news prose; a longer token is a code or a run-together URL, not worth ~60 x n checks.
    private const int MaxSuggestLength = 30;

    private readonly HunspellWordChecker _checker = new(data);
    private readonly GermanCompounds _compounds = new(new HunspellWordChecker(data));
    private readonly ConcurrentDictionary<string, bool> _memo = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Word, int Max), IReadOnlyList<string>> _suggestions = new();
    private readonly string _letters = new([.. data.TryChars.Where(char.IsLower)]);

    /// <inheritdoc />
    public bool IsCorrect(string word)
    {
        if (_memo.TryGetValue(word, out var known))
        {
            return known;
        }

        var correct = _checker.Accepts(word) || _compounds.Accepts(word);
        if (_memo.Count < MemoCapacity)
        {
            _memo.TryAdd(word, correct);
        }

        return correct;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Remembered per word like <see cref="IsCorrect"/>: the words asked about are the ones the dictionary lacks, mostly
    /// names, and a run meets the same names in article after article.
    /// </remarks>
    public IReadOnlyList<string> Suggest(string word, int max)
    {
        if (word.Length is < 3 or > MaxSuggestLength)
        {
            return [];
        }

        if (_suggestions.TryGetValue((word, max), out var known))
        {
            return known;
        }

        var found = new Suggestions(word, _checker, _letters, IsCorrect).Find(data.Replacements, max);
        if (_suggestions.Count < MemoCapacity)
        {
            _suggestions.TryAdd((word, max), found);
        }

        return found;
    }
}

using System.Runtime.CompilerServices;
using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Links;

/// <summary>
/// The senses of a German word with their content stems. An engine shares one gloss list between all occurrences of
/// a word, so the senses are computed once per list and kept while the list lives.
/// </summary>
internal static class SenseTable
{
    private static readonly ConditionalWeakTable<IReadOnlyList<string>, Entry> ByList = new();

    private static readonly BoundedMemo<(string Phrase, string Lang), string[]> PhraseStems = new(key =>
        [.. key.Phrase.Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(Stemmer.StripElision)
            .Where(p => p.Length > 1 && !StopWords.IsStopWord(p, key.Lang) && p is not ("to" or "sth" or "sb"))
            .Select(p => Stemmer.Stem(p, key.Lang))
            .Distinct()]);

    /// <summary>The senses of <paramref name="word"/> in <paramref name="lang"/>, best first; its main gloss first when it has no list.</summary>
    public static IReadOnlyList<Sense> Of(WordGloss word, string lang)
    {
        if (word.Glosses.Count == 0)
        {
            return word.Gloss is { } only ? [new Sense(only, 0, Stems(only, lang))] : [];
        }

        if (ByList.TryGetValue(word.Glosses, out var known) && known.Gloss == word.Gloss && known.Lang == lang)
        {
            return known.Senses;
        }

        var senses = new List<Sense>(word.Glosses.Count + 1);
        foreach (var gloss in word.Glosses)
        {
            senses.Add(new Sense(gloss, senses.Count, Stems(gloss, lang)));
        }

        if (word.Gloss is { } main && !word.Glosses.Contains(main, StringComparer.OrdinalIgnoreCase))
        {
            senses.Insert(0, new Sense(main, 0, Stems(main, lang)));
        }

        ByList.AddOrUpdate(word.Glosses, new Entry(word.Gloss, lang, senses));
        return senses;
    }

    /// <summary>Content-word stems of one rendering.</summary>
    public static string[] Stems(string phrase, string lang) => PhraseStems.Get((phrase.ToLowerFast(), lang));

    private sealed record Entry(string? Gloss, string Lang, List<Sense> Senses);
}

using System.Collections.Concurrent;
using TranslationQA.Core.Model;

namespace TranslationQA.Translation.Offline;

/// <summary>
/// Puts the senses of a larger unit (a phrase, a separable verb) before a word's own. The merged lists are shared
/// between occurrences, because consumers cache what they derive from a gloss list by the list's identity.
/// </summary>
internal sealed class SenseLists
{
    private readonly ConcurrentDictionary<(string Unit, IReadOnlyList<string> Own), string[]> _merged = new();

    /// <summary>
    /// <paramref name="word"/> with the senses of <paramref name="unit"/> first; a word no dictionary glossed alone
    /// ("hinzu") becomes a word glossed by the unit's best sense.
    /// </summary>
    public WordGloss Prepend(WordGloss word, string unit, string[] senses) =>
        word.Gloss is null
            ? word with { Kind = TokenKind.Word, Gloss = senses[0], Glosses = senses }
            : word with { Glosses = Merge(unit, senses, word.Glosses) };

    /// <summary>The senses of <paramref name="unit"/>, then those of <paramref name="own"/> not among them.</summary>
    public string[] Merge(string unit, string[] senses, IReadOnlyList<string> own) =>
        _merged.GetOrAdd((unit, own), key => [.. senses, .. key.Own.Where(g => !senses.Contains(g, StringComparer.Ordinal))]);
}

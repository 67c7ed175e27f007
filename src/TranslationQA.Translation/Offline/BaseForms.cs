using TranslationQA.Translation.Offline.Hunspell;

namespace TranslationQA.Translation.Offline;

/// <summary>
/// The base forms of an inflected German word that are headwords of one lexicon: the base Ding pairs it with in a
/// parallel part ("Anleihen" with "Anleihe") and its Hunspell stems ("höhere": "höher"). A form that is a headword
/// of its own often has only the senses of that entry ("Anleihen": borrowings), while its base form carries the
/// common ones ("Anleihe": bond); both are readings of the word.
/// </summary>
internal sealed class BaseForms(
    IReadOnlyDictionary<string, string[]> map,
    IReadOnlyDictionary<string, string[]> lemmas,
    HunspellStemmer stemmer)
{
    // Room for the base's senses after the form's own (at most 16 each, DingLexiconBuilder.MaxGlosses). 32, with 24
    // senses a headword, linked 0.2 % more source words on the wmt21 references and 0.2 % more on unrelated CED pairs
    // (eng/diff-gaps.py share): senses that far down explain unrelated German as often as a translation.
    private const int MaxSenses = 24;

    /// <summary>Headwords <paramref name="form"/> inflects, other than <paramref name="lemma"/> and itself, nearest first.</summary>
    public List<string> Of(string form, string lemma)
    {
        var result = new List<string>(2);
        if (lemmas.TryGetValue(form, out var viaDing))
        {
            AddHeadword(result, viaDing[0], form, lemma);
        }

        if (lemma != form && lemmas.TryGetValue(lemma, out var viaLemma))
        {
            AddHeadword(result, viaLemma[0], form, lemma);
        }

        foreach (var stem in stemmer.Stems(form))
        {
            AddHeadword(result, stem, form, lemma);
            // Ding writes some adjectives only declined, "frühere(r/s); ehemalige(r/s) {adj} :: former", so the
            // base "ehemalig" lacks that sense.
            if (char.IsLower(stem[0]))
            {
                AddHeadword(result, stem + "e", form, lemma);
            }
        }

        return result;
    }

    /// <summary>The senses of <paramref name="found"/>, then those of the base forms of <paramref name="form"/>.</summary>
    public LookupResult WithBaseSenses(string form, LookupResult found)
    {
        var bases = Of(form, found.Lemma);
        if (bases.Count == 0)
        {
            return found;
        }

        var senses = new List<string>(MaxSenses);
        senses.AddRange(found.Glosses.Take(MaxSenses));
        foreach (var b in bases)
        {
            foreach (var sense in map[b])
            {
                if (senses.Count >= MaxSenses)
                {
                    break;
                }

                if (!senses.Contains(sense, StringComparer.Ordinal))
                {
                    senses.Add(sense);
                }
            }
        }

        return senses.Count == found.Glosses.Count ? found : found with { Glosses = senses.ToArray() };
    }

    private void AddHeadword(List<string> result, string candidate, string form, string lemma)
    {
        if (candidate != form && candidate != lemma && map.ContainsKey(candidate) && !result.Contains(candidate, StringComparer.Ordinal))
        {
            result.Add(candidate);
        }
    }
}

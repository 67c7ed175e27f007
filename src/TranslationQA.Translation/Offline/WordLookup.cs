using TranslationQA.Translation.Offline.Hunspell;

namespace TranslationQA.Translation.Offline;

/// <summary>A resolved dictionary lookup: the headword found and its glosses, best first.</summary>
internal sealed record LookupResult(string Lemma, IReadOnlyList<string> Glosses);

/// <summary>
/// Finds the glosses of one German word form in one target language's lexicon: exact form, Hunspell stems,
/// zu-infinitives and plain inflection endings, and finally a compound analysis.
/// </summary>
internal sealed class WordLookup
{
    private static readonly string[] Endings = ["en", "n", "e", "s", "es", "er", "em", "ern", "ens", "st", "t", "te", "ten"];
    private readonly IReadOnlyDictionary<string, string[]> _map;
    private readonly IReadOnlyDictionary<string, string[]> _lemmas;
    private readonly HunspellStemmer _stemmer;
    private readonly CompoundSplitter _splitter;
    private readonly BaseForms _bases;
    private readonly bool _french;

    /// <summary>Creates a lookup over <paramref name="map"/>; <paramref name="french"/> selects French compound word order.</summary>
    public WordLookup(
        IReadOnlyDictionary<string, string[]> map,
        IReadOnlyDictionary<string, string[]> lemmas,
        HunspellStemmer stemmer,
        bool french)
    {
        _map = map;
        _lemmas = lemmas;
        _stemmer = stemmer;
        _french = french;
        _bases = new BaseForms(map, lemmas, stemmer);
        _splitter = new CompoundSplitter(ResolveModifier, f => FindHeadword(Capitalise(f))?.Lemma ?? FindHeadword(f)?.Lemma);
    }

    /// <summary>Base forms of <paramref name="form"/> that are headwords, other than <paramref name="lemma"/>.</summary>
    public List<string> BaseFormsOf(string form, string lemma) => _bases.Of(form, lemma);

    /// <summary>Glosses of the exact headword, or null.</summary>
    public string[]? Exact(string headword) => _map.TryGetValue(headword, out var g) ? g : null;

    /// <summary>
    /// Resolves an inflected form to a headword of the lexicon, case as given, with the senses of the headword first
    /// and those of the form's other base forms after them.
    /// </summary>
    public LookupResult? Lemmatise(string form) => FindHeadword(form) is { } found ? _bases.WithBaseSenses(form, found) : null;

    /// <summary>The first headword <paramref name="form"/> resolves to, with that headword's senses only.</summary>
    private LookupResult? FindHeadword(string form)
    {
        if (_map.TryGetValue(form, out var direct))
        {
            return new LookupResult(form, direct);
        }

        // Ding lists inflected forms (plurals, participles, preterites) beside their base form.
        if (_lemmas.TryGetValue(form, out var bases) && _map.TryGetValue(bases[0], out var viaDing))
        {
            return new LookupResult(bases[0], viaDing);
        }

        foreach (var stem in _stemmer.Stems(form))
        {
            if (_map.TryGetValue(stem, out var g))
            {
                return new LookupResult(stem, g);
            }
        }

        // zu-infinitive of a separable verb: "abzuziehen" is "abziehen".
        var zu = form.IndexOf("zu", 1, StringComparison.Ordinal);
        if (zu > 0 && form.EndsWith('n') && form.Length - zu > 4)
        {
            var infinitive = form[..zu] + form[(zu + 2)..];
            if (_map.TryGetValue(infinitive, out var g))
            {
                return new LookupResult(infinitive, g);
            }
        }

        foreach (var ending in Endings)
        {
            if (form.Length - ending.Length >= 3 && form.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = form[..^ending.Length];
                if (_map.TryGetValue(stem, out var g) || _map.TryGetValue(stem + "en", out g) || _map.TryGetValue(stem + "e", out g))
                {
                    var lemma = _map.ContainsKey(stem) ? stem : _map.ContainsKey(stem + "en") ? stem + "en" : stem + "e";
                    return new LookupResult(lemma, g);
                }
            }
        }

        return null;
    }

    /// <summary>Compound analysis of <paramref name="word"/> with glosses built from head and modifiers, or null.</summary>
    public LookupResult? Compound(string word)
    {
        var parts = _splitter.Split(word);
        if (parts is null)
        {
            return null;
        }

        // Show the head's base form ("Regeln" is listed, but the analysis reads better as sperren+Regel).
        var headBase = _lemmas.TryGetValue(parts[^1].Lemma, out var b) && _map.ContainsKey(b[0]) ? b[0] : parts[^1].Lemma;
        var lemma = string.Concat(parts.Take(parts.Count - 1).Select(ModifierAnalysis)) + headBase;
        var head = _map[parts[^1].Lemma];
        var modifiers = parts.Take(parts.Count - 1).Select(p => _map[p.Lemma]).ToList();
        var glosses = new List<string>();
        foreach (var h in head.Take(3))
        {
            foreach (var m in modifiers[^1].Take(3))
            {
                var lead = modifiers.Count > 1 ? string.Join(' ', modifiers.Take(modifiers.Count - 1).Select(x => x[0])) + " " : string.Empty;
                // English puts modifiers before the head; French after it, joined by "de".
                glosses.Add(_french ? $"{h} de {lead}{m}" : $"{lead}{m} {h}");
            }
        }

        glosses.AddRange(head);
        glosses.AddRange(modifiers.SelectMany(m => m.Take(3)));
        return new LookupResult(lemma, glosses.Distinct(StringComparer.Ordinal).ToArray());
    }

    /// <summary>"Truppen" as a modifier is the plural form serving as Truppe + linking n.</summary>
    private string ModifierAnalysis(CompoundPart part)
    {
        var (lemma, linker) = (part.Lemma, part.Linker);
        if (linker.Length == 0 && _lemmas.TryGetValue(lemma, out var b) && lemma.StartsWith(b[0], StringComparison.Ordinal)
            && CompoundSplitter.IsLinker(lemma[b[0].Length..]))
        {
            (lemma, linker) = (b[0], lemma[b[0].Length..]);
        }

        return linker.Length > 0 ? $"{lemma}+{linker}+" : lemma + "+";
    }

    private string? ResolveModifier(string segment)
    {
        var cap = Capitalise(segment);
        foreach (var candidate in (string[])[cap, segment, cap + "e", segment + "en", segment + "n", segment + "e"])
        {
            if (_map.ContainsKey(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The word with its first letter upper-cased.</summary>
    public static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}

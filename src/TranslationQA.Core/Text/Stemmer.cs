namespace TranslationQA.Core.Text;

/// <summary>
/// Light suffix-stripping stemmers for English, French and German. They only need to map inflected forms of a
/// source word and of a dictionary gloss to the same key; over-stemming is preferred to misses, because a miss
/// would turn into a false "not covered" finding.
/// </summary>
public static class Stemmer
{
    private static readonly string[] FrenchElisions = ["l'", "d'", "qu'", "j'", "n'", "s'", "c'", "m'", "t'", "l’", "d’", "qu’", "j’", "n’", "s’", "c’", "m’", "t’"];

    // Every check stems the same words again (per bead, per gloss, per article), so stems are memoised per language.
    private static readonly BoundedMemo<string, string> EnglishStems = new(w => Compute(w, "en"));
    private static readonly BoundedMemo<string, string> FrenchStems = new(w => Compute(w, "fr"));
    private static readonly BoundedMemo<string, string> GermanStems = new(w => Compute(w, "de"));

    /// <summary>Stem of <paramref name="word"/> in <paramref name="lang"/> (lower-cased).</summary>
    public static string Stem(string word, string lang) => lang switch
    {
        "en" => EnglishStems.Get(word),
        "fr" => FrenchStems.Get(word),
        "de" => GermanStems.Get(word),
        _ => Compute(word, lang),
    };

    private static string Compute(string word, string lang)
    {
        var w = word.ToLowerFast();
        return lang switch
        {
            "fr" => French(StripElision(w)),
            "de" => German(w),
            _ => English(w),
        };
    }

    /// <summary>Removes a French elided article or pronoun ("l'Ukraine" -> "ukraine").</summary>
    public static string StripElision(string w)
    {
        // Every word of every check passes here and almost none has an apostrophe: test for one before the prefixes.
        if (w.AsSpan().IndexOfAny('\'', '’') < 0)
        {
            return w;
        }

        foreach (var e in FrenchElisions)
        {
            if (w.Length > e.Length + 1 && w.StartsWith(e, StringComparison.OrdinalIgnoreCase))
            {
                return w[e.Length..];
            }
        }

        return w;
    }

    // Irregular forms (made, told, children, better) and their lemmas, from WordNet's exception lists
    // (Text/Data/english-irregular.tsv, made by eng/generate-irregular-forms.sh): no suffix rule reaches them.
    private static readonly Dictionary<string, string> EnglishIrregular = EmbeddedData.Lines("TranslationQA.Core.Text.Data.english-irregular.tsv")
        .Select(line => line.Split('\t')).ToDictionary(c => c[0], c => c[1], StringComparer.Ordinal);

    private static string English(string w)
    {
        if (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal))
        {
            w = w[..^2];
        }

        if (EnglishIrregular.TryGetValue(w, out var lemma))
        {
            w = lemma;
        }

        if (w.Length <= 3)
        {
            return w;
        }

        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) w = w[..^3] + "y";
        else if (w.EndsWith("sses", StringComparison.Ordinal)) w = w[..^2];
        else if (w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)) w = w[..^2];
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal)) w = w[..^1];

        foreach (var suffix in (string[])["ingly", "edly", "ing", "ed", "ly", "ment", "ation", "ion", "er", "al", "ity", "ive", "y", "e"])
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal) && w.Length - suffix.Length >= 3)
            {
                w = w[..^suffix.Length];
                break;
            }
        }

        // "stopp" (stopped) -> "stop": undo doubled final consonants left by -ed/-ing.
        if (w.Length > 3 && w[^1] == w[^2] && !IsVowel(w[^1]) && w[^1] != 'l' && w[^1] != 's')
        {
            w = w[..^1];
        }

        return w;
    }

    private static string French(string w)
    {
        if (w.Length <= 3)
        {
            return w;
        }

        foreach (var suffix in (string[])["issements", "issement", "ements", "ement", "ations", "ation", "ences", "ence", "ités", "ité", "euses", "euse", "eux", "ives", "ive", "ifs", "if", "iques", "ique", "ées", "és", "ée", "é", "eraient", "erait", "erais", "eront", "erons", "erez", "era", "iraient", "irait", "iront", "ira", "aient", "ait", "ant", "ent", "ons", "ez", "er", "ir", "es", "e", "s", "x"])
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal) && w.Length - suffix.Length >= 3)
            {
                return w[..^suffix.Length];
            }
        }

        return w;
    }

    private static string German(string w)
    {
        foreach (var suffix in (string[])["ungen", "innen", "ern", "em", "en", "er", "es", "e", "n", "s"])
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal) && w.Length - suffix.Length >= 3)
            {
                return suffix == "ungen" ? w[..^2] : w[..^suffix.Length];
            }
        }

        return w;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>
    /// Loose equality of two stems: equal, or one is a prefix of the other covering most of it
    /// ("diplomat"/"diplomatic", "negotiat"/"negotiation").
    /// </summary>
    public static bool Related(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        var shorter = Math.Min(a.Length, b.Length);
        if (shorter < 5)
        {
            return false;
        }

        var common = 0;
        while (common < shorter && a[common] == b[common])
        {
            common++;
        }

        return common >= 5 && common >= shorter - 1;
    }
}

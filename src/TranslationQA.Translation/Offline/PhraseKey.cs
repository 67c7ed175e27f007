namespace TranslationQA.Translation.Offline;

/// <summary>
/// The inflection-tolerant key of a German word inside a phrase: lower case, its light stem ("Nahen", "Naher":
/// nah), every form of the definite article one key (Ding writes "der Reihe nach", a text may decline it).
/// </summary>
internal static class PhraseKey
{
    private static readonly HashSet<string> DefiniteArticles = new(StringComparer.Ordinal) { "der", "die", "das", "den", "dem", "des" };

    private static readonly HashSet<string> IndefiniteArticles = new(StringComparer.Ordinal) { "ein", "eine", "einen", "einem", "einer", "eines" };

    // The light suffix stripping of Core's Stemmer for German, computed here without its memo: a cold build keys
    // ~300k dictionary words once, which would only fill the memo the checks rely on.
    private static readonly string[] Suffixes = ["ungen", "innen", "ern", "em", "en", "er", "es", "e", "n", "s"];

    /// <summary>The key of one word.</summary>
    public static string Of(string word)
    {
        var lower = word.ToLowerInvariant();
        return DefiniteArticles.Contains(lower) ? "d" : Stem(lower);
    }

    /// <summary>
    /// The key of a phrase of 2-3 words of letters (hyphens inside allowed), or null for anything else; for a phrase
    /// that ends in a verb after a noun ("eine Rolle spielen", "auf Eis liegen") also the key of the words a main
    /// clause keeps together when it moves the verb away ("roll", "auf eis"), articles left out.
    /// </summary>
    public static (string Key, string? Together)? Analyse(string phrase)
    {
        var words = phrase.Split(' ');
        if (words.Length is < 2 or > 3 || !Array.TrueForAll(words, IsWord))
        {
            return null;
        }

        var keys = Array.ConvertAll(words, Of);
        var key = string.Join(' ', keys);
        var verb = words[^1];
        if (verb.Length < 4 || !char.IsLower(verb[0]) || verb[^1] != 'n' || !words.Take(words.Length - 1).Any(w => char.IsUpper(w[0])))
        {
            return (key, null);
        }

        var rest = keys.Take(keys.Length - 1).Where((_, i) => !IsArticle(words[i])).ToArray();
        return (key, rest.Length is 1 or 2 ? string.Join(' ', rest) : null);
    }

    /// <summary>True for a form of the definite or indefinite article.</summary>
    public static bool IsArticle(string word)
    {
        var lower = word.ToLowerInvariant();
        return DefiniteArticles.Contains(lower) || IndefiniteArticles.Contains(lower);
    }

    private static string Stem(string w)
    {
        foreach (var suffix in Suffixes)
        {
            if (w.Length - suffix.Length >= 3 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                return suffix == "ungen" ? w[..^2] : w[..^suffix.Length];
            }
        }

        return w;
    }

    private static bool IsWord(string w)
    {
        if (w.Length == 0 || !char.IsLetter(w[0]) || !char.IsLetter(w[^1]))
        {
            return false;
        }

        foreach (var c in w)
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }
}

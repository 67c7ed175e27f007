namespace TranslationQA.Core.Links;

/// <summary>
/// Negation words of English, French and German. A closed class of each language's grammar, listed here because no
/// dictionary marks it; the idioms that contain one without negating are masked by the negation check.
/// </summary>
internal static class Negations
{
    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "nowhere", "cannot", "without",
        "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "can't", "couldn't",
        "shouldn't", "hasn't", "haven't", "hadn't", "mustn't", "needn't",
        "don’t", "doesn’t", "didn’t", "isn’t", "aren’t", "wasn’t", "weren’t", "won’t", "wouldn’t", "can’t", "couldn’t",
        "shouldn’t", "hasn’t", "haven’t", "hadn’t", "mustn’t", "needn’t",
    };

    private static readonly HashSet<string> French = new(StringComparer.Ordinal)
    {
        "pas", "jamais", "rien", "personne", "aucun", "aucune", "sans", "non", "ni", "nullement", "guère",
    };

    private static readonly HashSet<string> German = new(StringComparer.Ordinal)
    {
        "nicht", "nichts", "nie", "niemals", "niemand", "niemanden", "niemandem", "kein", "keine", "keinen", "keinem", "keiner",
        "keines", "weder", "ohne", "nirgends", "nirgendwo",
    };

    /// <summary>True when lower-case <paramref name="word"/> negates in <paramref name="lang"/>.</summary>
    public static bool Is(string word, string lang) => lang switch
    {
        "de" => German.Contains(word),
        "fr" => French.Contains(word),
        _ => English.Contains(word),
    };
}

namespace TranslationQA.Core.Checks;

/// <summary>
/// Fixed phrases that contain a negation word without negating the statement ("no later than" = spätestens,
/// "sans doute" = wohl, "so viel wie in keinem Monat" = a record, "nicht nur" = also). A translation may render them
/// without any negation word, so the negation check must not count them on either side.
/// </summary>
internal static class NegationIdioms
{
    private static readonly string[][] EnglishPhrases =
    [
        ["no", "later", "than"], ["no", "earlier", "than"], ["no", "sooner"], ["no", "less", "than"], ["no", "fewer", "than"],
        ["not", "only"], ["no", "doubt"], ["not", "least"], ["nothing", "short", "of"], ["none", "other", "than"],
        ["second", "to", "none"], ["whether", "or", "not"], ["no", "matter"], ["if", "not"], ["not", "just"],
    ];

    private static readonly string[][] FrenchPhrases =
    [
        ["sans", "doute"], ["sans", "cesse"], ["sans", "précédent"], ["sans", "précédents"], ["non", "seulement"],
        ["n'importe"], ["n’importe"], ["sans", "oublier"],
    ];

    private static readonly string[][] GermanPhrases =
    [
        ["nicht", "nur"], ["nicht", "zuletzt"], ["nicht", "einmal"], ["ohne", "zweifel"],
    ];

    /// <summary>Indices of <paramref name="words"/> (lower case) that belong to a non-negating idiom of <paramref name="lang"/>.</summary>
    public static HashSet<int> Masked(IReadOnlyList<string> words, string lang)
    {
        var masked = new HashSet<int>();
        var phrases = lang switch { "fr" => FrenchPhrases, "de" => GermanPhrases, _ => EnglishPhrases };
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var phrase in phrases)
            {
                if (StartsWith(words, i, phrase))
                {
                    for (var k = 0; k < phrase.Length; k++)
                    {
                        masked.Add(i + k);
                    }
                }
            }

            // German comparisons with a negated standard mean a record: "wie nie zuvor", "so viel wie in keinem Monat".
            if (lang == "de" && words[i] == "wie")
            {
                for (var k = i + 1; k < Math.Min(words.Count, i + 4); k++)
                {
                    if (words[k] is "nie" or "niemals" || words[k].StartsWith("kein", StringComparison.Ordinal))
                    {
                        masked.Add(k);
                    }
                }
            }
        }

        return masked;
    }

    // A plain loop: this runs for every word against every phrase, where a LINQ comparison allocated on each test.
    private static bool StartsWith(IReadOnlyList<string> words, int i, string[] phrase)
    {
        if (i + phrase.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (words[i + k] != phrase[k])
            {
                return false;
            }
        }

        return true;
    }
}

namespace TranslationQA.Core.Text;

/// <summary>
/// Countries and international organisations with their names, adjectives and capitals (metonyms) in English,
/// French and German, matched as lower-case word prefixes; forms starting with '=' match a whole token exactly,
/// case-sensitively (acronyms such as "US" that would otherwise hit common words).
/// </summary>
public static class Gazetteer
{
    private static readonly (string Id, string[] Forms)[] Entries =
    [
        ("USA", ["united states", "america", "états-unis", "etats-unis", "améric", "vereinigte staaten", "vereinigten staaten", "amerika", "=US", "=U.S", "=USA", "washington"]),
        ("Russia", ["russ", "moscow", "moscou", "moskau", "kremlin", "kreml"]),
        ("Ukraine", ["ukrain", "kyiv", "kiev", "kiew"]),
        ("Belarus", ["belarus", "weißrussland", "weissrussland", "weißruss", "biélorus", "bielorus", "minsk"]),
        ("China", ["china", "chinese", "chine", "chinois", "chines", "beijing", "pékin", "peking"]),
        ("Germany", ["germany", "german", "allemagne", "allemand", "deutschland", "deutsch", "berlin"]),
        ("France", ["france", "french", "français", "francais", "frankreich", "französ", "paris"]),
        ("UK", ["britain", "british", "united kingdom", "royaume-uni", "britanni", "großbritannien", "britisch", "briten", "brite", "vereinigtes königreich", "vereinigte königreich", "vereinigten königreich", "=UK", "london", "londres"]),
        ("NATO", ["nato", "otan"]),
        ("EU", ["european union", "union européenne", "europäische union", "europäischen union", "=EU", "=UE"]),
        ("UN", ["united nations", "nations unies", "vereinte nationen", "vereinten nationen", "=UN", "=ONU", "=UNO"]),
        ("Poland", ["poland", "polish", "pologne", "polonais", "polen", "polnisch", "warsaw", "varsovie", "warschau"]),
        ("Israel", ["israel", "israël", "isra"]),
        ("Iran", ["iran"]),
        ("Syria", ["syria", "syrie", "syrien", "syrisch"]),
        ("Turkey", ["turkey", "turkish", "turquie", "turc", "türkei", "türkisch", "ankara"]),
        ("Italy", ["italy", "italian", "italie", "italien"]),
        ("Spain", ["spain", "spanish", "espagne", "espagnol", "spanien", "spanisch"]),
        ("Japan", ["japan", "japon"]),
        // French "Inde" only as a whole word: as a prefix it hits "indem", "indeed", "independent".
        ("India", ["india", "=Inde", "indien", "indisch"]),
        ("Canada", ["canad", "kanad"]),
        ("Switzerland", ["switzerland", "swiss", "suisse", "schweiz"]),
        ("Belgium", ["belgi", "belgique", "belge"]),
        ("Netherlands", ["netherlands", "dutch", "pays-bas", "néerland", "niederland", "holland"]),
        ("Austria", ["austria", "autriche", "autrichien", "österreich"]),
        ("Georgia", ["géorgie", "georgien", "tbilisi", "tiflis"]),
        ("Moldova", ["moldov", "moldau", "moldawi"]),
        ("Kazakhstan", ["kazakh", "kasach"]),
        ("Lithuania", ["lithuan", "lituan", "litau"]),
        ("Finland", ["finland", "finnish", "finlande", "finnland", "finnisch"]),
        ("Sweden", ["sweden", "swedish", "suède", "suédois", "schweden", "schwedisch"]),
    ];

    /// <summary>The entity a token (or the multi-word form starting at it) names, with the number of tokens used.</summary>
    public static (string Id, int Tokens)? Match(IReadOnlyList<Token> tokens, int index)
    {
        var token = tokens[index].Text;
        if (token.Length == 0 || !ByFirstLetter.TryGetValue(char.ToLowerInvariant(token[0]), out var candidates))
        {
            return null;
        }

        var lower = token.ToLowerFast();
        foreach (var (id, form, parts) in candidates)
        {
            if (form[0] == '=')
            {
                var exact = form.AsSpan(1);
                if (token.AsSpan().SequenceEqual(exact) || token.AsSpan().StartsWith(exact) && token.Length > exact.Length && token[exact.Length] == '-')
                {
                    return (id, 1);
                }
            }
            else if (parts is not null)
            {
                if (PartsMatch(tokens, index, parts))
                {
                    return (id, parts.Length);
                }
            }
            else if (lower.StartsWith(form, StringComparison.Ordinal))
            {
                return (id, 1);
            }
        }

        return null;
    }

    // A plain loop: Match runs on every word of every article, where a LINQ test allocated a closure per candidate.
    private static bool PartsMatch(IReadOnlyList<Token> tokens, int index, string[] parts)
    {
        if (index + parts.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < parts.Length; k++)
        {
            if (!tokens[index + k].Text.Equals(parts[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The forms grouped by their lower-case first letter, in entry order, so a token is only compared with forms that
    /// can match it (first match wins, as before). Multi-word forms are split once here.
    /// </summary>
    private static readonly Dictionary<char, (string Id, string Form, string[]? Parts)[]> ByFirstLetter = Entries
        .SelectMany(e => e.Forms.Select(form => (e.Id, Form: form, Parts: form.Contains(' ', StringComparison.Ordinal) ? form.Split(' ') : null)))
        .GroupBy(f => char.ToLowerInvariant(f.Form[0] == '=' ? f.Form[1] : f.Form[0]))
        .ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>Occurrences of entities in <paramref name="tokens"/>: id and token index.</summary>
    public static List<(string Id, int Index)> Find(IReadOnlyList<Token> tokens)
    {
        var result = new List<(string, int)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Type == TokenType.Word && Match(tokens, i) is { } m)
            {
                result.Add((m.Id, i));
                i += m.Tokens - 1;
            }
        }

        return result;
    }
}

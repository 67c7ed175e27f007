namespace TranslationQA.Core.Text;

/// <summary>
/// Countries and international organisations with their names, adjectives and capitals (metonyms) in English,
/// French and German (Text/Data/entities.tsv), matched as lower-case word prefixes (the last word of a form of several
/// words too); forms starting with '=' match a whole token, or its part before a hyphen ("US-Behörde"), exactly and
/// case-sensitively (acronyms such as "US" that would otherwise hit common words). A French elision ("l'Inde") and an
/// English possessive ("Chile's") are ignored. Every other country and territory is added by name from the ICU/CLDR
/// data (<see cref="RegionNames"/>), without adjectives.
/// </summary>
public static class Gazetteer
{
    // The entity list (Text/Data/entities.tsv): one row per entity, its forms |-separated; then the CLDR names of the
    // regions it does not name.
    private static readonly (string Id, string[] Forms)[] Entries = Load();

    private static (string Id, string[] Forms)[] Load()
    {
        (string Id, string[] Forms)[] listed =
        [
            .. EmbeddedData.Lines("TranslationQA.Core.Text.Data.entities.tsv")
                .Select(line => line.Split('\t'))
                .Select(cells => (cells[0], cells[1].Split('|'))),
        ];
        var index = Index(listed);
        bool Known(string name) => MatchIn(index, Tokenizer.Tokenize(name), 0) is not null;
        return [.. listed, .. RegionNames.Entries(Known)];
    }

    /// <summary>The entity a token (or the multi-word form starting at it) names, with the number of tokens used.</summary>
    public static (string Id, int Tokens)? Match(IReadOnlyList<Token> tokens, int index)
    {
        // "l'Ukraine", "Chile's": the elided article and the possessive are not part of the name.
        return MatchIn(ByStart, tokens, index);
    }

    private static (string Id, int Tokens)? MatchIn(Dictionary<string, (string Id, string Form, string[]? Parts)[]> byStart, IReadOnlyList<Token> tokens, int index)
    {
        var bare = Stemmer.StripElision(tokens[index].Text);
        var token = WithoutPossessive(bare);
        if (token.Length == 0)
        {
            return null;
        }

        Span<char> start = [char.ToLowerInvariant(token[0]), token.Length > 1 ? char.ToLowerInvariant(token[1]) : '\0'];
        var lookup = byStart.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!(token.Length > 1 && lookup.TryGetValue(start, out var candidates)) && !lookup.TryGetValue(start[..1], out candidates))
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
                if (PartsMatch(bare, tokens, index, parts))
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

    private static string WithoutPossessive(string token) =>
        token.Length > 3 && (token.EndsWith("'s", StringComparison.Ordinal) || token.EndsWith("’s", StringComparison.Ordinal)) ? token[..^2] : token;

    // A plain loop: Match runs on every word of every article, where a LINQ test allocated a closure per candidate.
    // The last word is a prefix like a one-word form ("South Korean", "North Korea's").
    private static bool PartsMatch(string first, IReadOnlyList<Token> tokens, int index, string[] parts)
    {
        if (index + parts.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < parts.Length; k++)
        {
            var word = k == 0 ? first : tokens[index + k].Text;
            var matches = k < parts.Length - 1
                ? word.Equals(parts[k], StringComparison.OrdinalIgnoreCase)
                : word.StartsWith(parts[k], StringComparison.OrdinalIgnoreCase);
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The forms grouped by the first two letters (lower-case) of their first word, in entry order, so a token is only
    /// compared with forms that can match it (first match wins, as before): a group holds the forms that start with its
    /// two letters and, in their places, the forms whose first word is a single letter; the single letter's own group
    /// holds those alone, for tokens no longer group fits. Multi-word forms are split once here.
    /// </summary>
    private static readonly Dictionary<string, (string Id, string Form, string[]? Parts)[]> ByStart = Index(Entries);

    private static Dictionary<string, (string Id, string Form, string[]? Parts)[]> Index((string Id, string[] Forms)[] entries)
    {
        var forms = entries
            .SelectMany(e => e.Forms.Select(form => (e.Id, Form: form, Parts: form.Contains(' ', StringComparison.Ordinal) ? form.Split(' ') : null)))
            .Select(f => (Form: f, Start: Start(f.Parts?[0] ?? (f.Form[0] == '=' ? f.Form[1..] : f.Form))))
            .ToList();
        return forms.Select(f => f.Start).Concat(forms.Select(f => f.Start[..1])).Distinct(StringComparer.Ordinal).ToDictionary(
            start => start,
            start => forms.Where(f => f.Start == start || f.Start.Length == 1 && f.Start[0] == start[0]).Select(f => f.Form).ToArray(),
            StringComparer.Ordinal);

        static string Start(string word) => word[..Math.Min(2, word.Length)].ToLowerInvariant();
    }

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

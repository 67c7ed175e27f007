using System.Text.RegularExpressions;

namespace TranslationQA.Translation.Offline;

/// <summary>
/// Reads one German synonym of a Ding entry as the word a text would show. Beyond <see cref="GlossText.GermanHeadword"/>
/// it drops what Ding writes around a word but a sentence does not: the preposition of a prepositional object ("auf
/// etw. verzichten" is the verb "verzichten") and the article before a noun ("die Polizei {f}" is "Polizei").
/// </summary>
internal static partial class DingHeadword
{
    // Placeholders for the object a preposition governs; "einer Sache" is Ding's dative "sth.".
    private static readonly HashSet<string> Objects =
        new(StringComparer.Ordinal) { "etw.", "jdn.", "jdm.", "jds.", "jmd.", "jmdn.", "jmdm.", "jdn./etw.", "jdm./etw.", "etw./jdn.", "etw./jdm." };

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "der", "die", "das" };

    /// <summary>
    /// The headword of <paramref name="raw"/>, or null; <c>Reduced</c> is true when a preposition or an article was
    /// dropped, so the word is a reading of a longer entry rather than an entry of its own.
    /// </summary>
    /// <param name="raw">One synonym with its markup, e.g. "auf etw. (in Zukunft) verzichten {vi}".</param>
    /// <param name="verbPart">True when the part is marked as a verb ({vt}, {vi}, {vr}, {v}) on any synonym.</param>
    public static (string Word, bool Reduced)? Of(string raw, bool verbPart)
    {
        // Markup is stripped once: this runs for each of Ding's ~600k synonyms on a cold start.
        var stripped = GlossText.StripMarkup(raw);
        var plain = GlossText.GermanHeadwordOfStripped(stripped);
        if (plain is null || !plain.Contains(' ', StringComparison.Ordinal))
        {
            // "…jährig :: years of age" is the head of compounds ("25-jährigen", "dreijährig"), written after an ellipsis.
            return plain is null ? null
                : plain.Length > 3 && plain[0] == '…' && plain.Skip(1).All(char.IsLetter) ? (plain[1..], true)
                : (plain, false);
        }

        var words = stripped.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (verbPart && words.Length is >= 3 and <= 6 && IsLowerWord(words[^1]))
        {
            // "auf etw. verzichten", "sich einer Sache enthalten", "mit jdm. sprechen": a word before an object
            // placeholder is the preposition governing it; what is left of such an entry is the verb.
            var kept = new List<string>();
            for (var i = 0; i < words.Length; i++)
            {
                var next = i + 1 < words.Length ? words[i + 1] : null;
                var isObject = Objects.Contains(words[i]) || (words[i] == "einer" && next == "Sache") || (words[i] == "Sache" && i > 0 && words[i - 1] == "einer");
                var governs = next is not null && (Objects.Contains(next) || (next == "einer" && i + 2 < words.Length && words[i + 2] == "Sache"));
                if (!isObject && !governs && words[i] != "sich")
                {
                    kept.Add(words[i]);
                }
            }

            if (kept.Count == 1 && kept[0] != plain)
            {
                return (kept[0], true);
            }
        }

        // "die Polizei {f}": the article belongs to the entry's example, not to the noun.
        var firstSpace = plain.IndexOf(' ', StringComparison.Ordinal);
        if (Articles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(plain.AsSpan(0, firstSpace)) && NounMarker().IsMatch(raw))
        {
            return (plain[(firstSpace + 1)..], true);
        }

        return (plain, false);
    }

    /// <summary>The abbreviation Ding writes between slashes after a synonym ("Bruttoinlandsprodukt {n} /BIP/"), or null.</summary>
    public static string? Abbreviation(string raw)
    {
        if (!raw.Contains('/', StringComparison.Ordinal))
        {
            return null;
        }

        var m = AbbreviationRegex().Match(raw);
        return m.Success ? m.Groups[1].Value : null;
    }

    /// <summary>True when the part carries a verb marker.</summary>
    public static bool IsVerbPart(string german) => german.Contains("{v", StringComparison.Ordinal) && VerbMarker().IsMatch(german);

    private static bool IsLowerWord(string w) => w.Length > 2 && char.IsLower(w[0]) && w.All(char.IsLetter);

    [GeneratedRegex(@"\{(?:vt|vi|vr|v)\}")]
    private static partial Regex VerbMarker();

    [GeneratedRegex(@"\{(?:m|f|n|pl)(?:,\s?[mfn])?\}")]
    private static partial Regex NounMarker();

    // One word of letters, digits, '-' or '&' between slashes, standing on its own.
    [GeneratedRegex(@"(?:^|\s)/([\p{L}\d][\p{L}\d&\-]*)/(?=\s|$)")]
    private static partial Regex AbbreviationRegex();
}

using System.Text.RegularExpressions;

namespace TranslationQA.Translation.Offline;

/// <summary>Normalises dictionary text: extracts [labels] and reduces renderings to lower-case lemmas or phrases.</summary>
internal static partial class GlossText
{
    private static readonly HashSet<string> EnglishFillers =
        new(StringComparer.Ordinal) { "sth.", "sb.", "sb.'s", "sth.'s", "sb./sth.", "sth./sb.", "one's", "oneself", "sb's", "sth", "sb" };

    private static readonly HashSet<string> GermanFillers =
        new(StringComparer.Ordinal) { "etw.", "jdn.", "jdm.", "jds.", "sich", "etw", "jdn", "jdm", "jmd.", "jmdn.", "jmdm." };

    private static readonly HashSet<string> GermanPronouns =
        new(StringComparer.Ordinal) { "ich", "du", "er", "sie", "es", "wir", "ihr", "man" };

    private static readonly HashSet<string> EnglishPronouns =
        new(StringComparer.Ordinal) { "i", "you", "he", "she", "it", "we", "they", "one" };

    // Punctuation trimmed off a headword or rendering; arrays made once, not at every call as Trim's params would.
    private static readonly char[] GermanEdges = [' ', ',', '.', '!', '?', ';', ':', '/'];
    private static readonly char[] OtherEdges = [.. GermanEdges, '…', '-'];

    private static readonly int MaxPronounLength = GermanPronouns.Concat(EnglishPronouns).Max(p => p.Length);

    /// <summary>The [bracketed] labels of <paramref name="text"/>, lower-cased, in order.</summary>
    public static IReadOnlyList<string> Labels(string text)
    {
        if (!text.Contains('[', StringComparison.Ordinal))
        {
            return [];
        }

        var labels = new List<string>();
        foreach (Match m in LabelRegex().Matches(text))
        {
            labels.Add(m.Groups[1].Value.Trim().ToLowerInvariant());
        }

        return labels;
    }

    /// <summary>Removes notes, labels, markers and abbreviations, leaving the bare words.</summary>
    public static string StripMarkup(string text) => Markup.Strip(text);

    /// <summary>An English rendering as a lower-case lemma/phrase ("to appeal (against)" becomes "appeal"), or null.</summary>
    public static string? NormaliseEnglish(string rendering)
    {
        var text = NormaliseWords(rendering, EnglishFillers, "to ");
        return text is null ? null : DropPronouns(text, EnglishPronouns);
    }

    /// <summary>A French rendering as a lower-case lemma/phrase, or null.</summary>
    public static string? NormaliseFrench(string rendering) => NormaliseWords(rendering.Replace('#', ' '), EnglishFillers, null);

    /// <summary>A German headword without markup and fillers ("jdn. anrufen {vt}" becomes "anrufen"), case kept, or null.</summary>
    public static string? GermanHeadword(string headword) => GermanHeadwordOfStripped(StripMarkup(headword));

    /// <summary><see cref="GermanHeadword"/> of a synonym <see cref="StripMarkup"/> has already cleaned.</summary>
    public static string? GermanHeadwordOfStripped(string stripped)
    {
        var joined = DropPronouns(WordsWithout(stripped, GermanFillers), GermanPronouns).Trim(GermanEdges);
        return joined.Length == 0 ? null : joined;
    }

    /// <summary>Drops conjugation pronouns ("ich/er/sie sprach" is "sprach", "I/he/she spoke" is "spoke") when a word remains.</summary>
    private static string DropPronouns(string text, HashSet<string> pronouns)
    {
        // The checks below allocate nothing; few renderings have a pronoun to drop, and only those are split.
        var lookup = pronouns.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = 0;
        var anyPronouns = false;
        foreach (var word in text.AsSpan().Split(' '))
        {
            words++;
            anyPronouns |= IsPronounGroup(text.AsSpan(word), lookup);
        }

        if (words < 2 || !anyPronouns)
        {
            return text;
        }

        var kept = text.Split(' ').Where(w => !w.Split('/').All(x => pronouns.Contains(x.ToLowerInvariant()))).ToArray();
        return kept.Length == 0 ? text : string.Join(' ', kept);
    }

    /// <summary>True when every '/'-separated piece of <paramref name="word"/>, lower-cased, is in <paramref name="lookup"/>.</summary>
    private static bool IsPronounGroup(ReadOnlySpan<char> word, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup)
    {
        Span<char> lower = stackalloc char[MaxPronounLength];
        foreach (var range in word.Split('/'))
        {
            var piece = word[range];
            // Lower-casing keeps the length, so a piece longer than every pronoun is none.
            if (piece.Length > MaxPronounLength)
            {
                return false;
            }

            piece.ToLowerInvariant(lower);
            if (!lookup.Contains(lower[..piece.Length]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words of <paramref name="text"/> (split on spaces, empty ones dropped) that are not in <paramref name="drop"/>, joined by single spaces.</summary>
    private static string WordsWithout(string text, HashSet<string> drop)
    {
        // Most text has single spaces and no filler: it is its own result, found without allocating.
        var lookup = drop.GetAlternateLookup<ReadOnlySpan<char>>();
        var unchanged = true;
        foreach (var word in text.AsSpan().Split(' '))
        {
            var w = text.AsSpan(word);
            unchanged &= w.Length > 0 && !lookup.Contains(w);
        }

        return unchanged || text.Length == 0
            ? text
            : string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !drop.Contains(w)));
    }

    private static string? NormaliseWords(string rendering, HashSet<string> fillers, string? dropPrefix)
    {
        var s = StripMarkup(rendering).ToLowerInvariant();
        if (dropPrefix is not null && s.StartsWith(dropPrefix, StringComparison.Ordinal))
        {
            s = s[dropPrefix.Length..];
        }

        var joined = WordsWithout(s, fillers).Trim(OtherEdges);
        return joined.Length == 0 ? null : joined;
    }

    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex LabelRegex();
}

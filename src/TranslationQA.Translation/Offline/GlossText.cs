using System.Text;
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

    /// <summary>Collects the [bracketed] labels of <paramref name="text"/>, lower-cased, into <paramref name="labels"/>.</summary>
    public static void CollectLabels(string text, List<string> labels)
    {
        foreach (Match m in LabelRegex().Matches(text))
        {
            labels.Add(m.Groups[1].Value.Trim().ToLowerInvariant());
        }
    }

    /// <summary>Removes notes, labels, markers and abbreviations, leaving the bare words.</summary>
    public static string StripMarkup(string text)
    {
        // Most synonyms carry no markup at all; the five scans below are the bulk of a cold lexicon build.
        if (text.AsSpan().IndexOfAny("([{</") < 0)
        {
            return CollapseSpaces(text);
        }

        var s = ParenRegex().Replace(text, " ");
        s = LabelRegex().Replace(s, " ");
        s = BraceRegex().Replace(s, " ");
        s = AngleRegex().Replace(s, " ");
        s = AbbrevRegex().Replace(s, " ");
        return CollapseSpaces(s);
    }

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
        var words = stripped.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !GermanFillers.Contains(w)).ToArray();
        var joined = DropPronouns(string.Join(' ', words), GermanPronouns).Trim(' ', ',', '.', '!', '?', ';', ':', '/');
        return joined.Length == 0 ? null : joined;
    }

    /// <summary>Drops conjugation pronouns ("ich/er/sie sprach" is "sprach", "I/he/she spoke" is "spoke") when a word remains.</summary>
    private static string DropPronouns(string text, HashSet<string> pronouns)
    {
        var words = text.Split(' ');
        if (words.Length < 2)
        {
            return text;
        }

        var kept = words.Where(w => !w.Split('/').All(x => pronouns.Contains(x.ToLowerInvariant()))).ToArray();
        return kept.Length == 0 ? text : string.Join(' ', kept);
    }

    private static string? NormaliseWords(string rendering, HashSet<string> fillers, string? dropPrefix)
    {
        var s = StripMarkup(rendering).ToLowerInvariant();
        if (dropPrefix is not null && s.StartsWith(dropPrefix, StringComparison.Ordinal))
        {
            s = s[dropPrefix.Length..];
        }

        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !fillers.Contains(w));
        var joined = string.Join(' ', words).Trim(' ', ',', '.', '!', '?', ';', ':', '/', '…', '-');
        return joined.Length == 0 ? null : joined;
    }

    private static string CollapseSpaces(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex LabelRegex();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex ParenRegex();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex BraceRegex();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AngleRegex();

    [GeneratedRegex(@"(?<=^|\s)/[^/\s][^/]*/(?=\s|$)")]
    private static partial Regex AbbrevRegex();
}

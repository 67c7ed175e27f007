using TranslationQA.Core.Text;
using System.Globalization;
using System.Text;

namespace TranslationQA.Core.Alignment;

/// <summary>A comparable word of a sentence: its match key and, for capitalised words, a folded form for fuzzy name matching.</summary>
internal readonly record struct LexToken(string Key, string? Name);

/// <summary>Tokenising, light stemming and stop-word filtering shared by source sentences and back-translations.</summary>
internal static class LexicalNormalizer
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        // en
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "but", "is", "are", "was", "were", "be",
        "been", "has", "have", "had", "he", "she", "it", "they", "we", "you", "his", "her", "its", "their", "our",
        "that", "this", "these", "those", "with", "by", "from", "as", "not", "will", "would", "can", "could", "said",
        "say", "says", "which", "who", "there", "than", "also", "if", "so", "do", "does", "did", "into", "about",
        // fr
        "le", "la", "les", "un", "une", "des", "de", "du", "et", "ou", "mais", "est", "sont", "ont", "ete", "etre",
        "il", "elle", "ils", "elles", "nous", "vous", "on", "que", "qui", "qu", "ce", "cette", "ces", "son", "sa",
        "ses", "leur", "leurs", "en", "dans", "sur", "pour", "par", "avec", "au", "aux", "pas", "ne", "se", "dit",
        "a", "l", "d", "s", "n", "y", "j", "c", "m", "t",
    };

    private const int MaxStem = 7;

    private static readonly string[] Suffixes =
        ["ations", "ation", "ements", "ement", "ments", "ment", "ings", "ing", "ies", "ied", "ees", "ee", "es", "ed", "s", "e", "x"];

    /// <summary>Content tokens of <paramref name="text"/>: stemmed words (stop words dropped) and numbers as "#digits".</summary>
    public static IEnumerable<LexToken> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsDigit(text[i]))
            {
                var digits = new StringBuilder();
                while (i < text.Length && (char.IsDigit(text[i]) || IsNumberSeparator(text, i)))
                {
                    if (char.IsDigit(text[i]))
                    {
                        digits.Append(text[i]);
                    }

                    i++;
                }

                // "100,000", "100.000" and "100 000" all become "#100000".
                yield return new LexToken("#" + digits, null);
            }
            else if (char.IsLetter(text[i]))
            {
                var start = i;
                while (i < text.Length && (char.IsLetter(text[i]) || CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark))
                {
                    i++;
                }

                var word = text[start..i];
                var folded = Fold(word);
                if (!StopWords.Contains(folded) && folded.Length > 1)
                {
                    var name = char.IsUpper(word[0]) && folded.Length >= 4 ? folded : null;
                    yield return new LexToken(Stem(folded), name);
                }
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>Lower-cases and removes diacritics ("Sécurité" → "securite", "Außen" → "aussen").</summary>
    public static string Fold(string word)
    {
        var decomposed = word.ToLowerFast().Replace("ß", "ss", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Strips one common English/French inflection suffix (keeping at least three letters), then truncates to
    /// seven letters so derivations meet ("téléphone"/"téléphonique", "negotiation"/"negotiating").
    /// </summary>
    public static string Stem(string folded)
    {
        var stem = folded;
        foreach (var suffix in Suffixes)
        {
            if (folded.Length - suffix.Length >= 3 && folded.EndsWith(suffix, StringComparison.Ordinal))
            {
                stem = folded[..^suffix.Length];
                break;
            }
        }

        return stem.Length > MaxStem ? stem[..MaxStem] : stem;
    }

    /// <summary>True when two folded names are within a small edit distance (Lavrov ~ Lawrow, Zelensky ~ Selenskyj).</summary>
    public static bool SimilarNames(string a, string b)
    {
        var max = Math.Min(a.Length, b.Length) >= 6 ? 2 : 1;
        return Math.Abs(a.Length - b.Length) <= max && EditDistance(a, b, max) <= max;
    }

    private static int EditDistance(string a, string b, int cap)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > cap)
            {
                return rowMin;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static bool IsNumberSeparator(string text, int i) =>
        text[i] is '.' or ',' or '\u00A0' or '\u202F' or '\'' or ' ' && i > 0 && i + 1 < text.Length
        && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])
        && (text[i] != ' ' || IsThousandsGroup(text, i + 1));

    // A plain space separates thousands only before exactly three digits ("13 000 morts", not "2014 2015").
    private static bool IsThousandsGroup(string text, int start) =>
        start + 3 <= text.Length && char.IsDigit(text[start + 1]) && char.IsDigit(text[start + 2])
        && (start + 3 == text.Length || !char.IsDigit(text[start + 3]));
}

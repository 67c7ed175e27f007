using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Spelling;

/// <summary>
/// Which words of a German sentence a dictionary can judge: not numbers or codes, acronyms or brands (a capital after
/// the first letter), addresses and handles, apostrophe forms, words of the source (names, quoted terms) or their
/// German genitive, and not words too short to tell a typo from an abbreviation.
/// </summary>
internal static class SpellingCandidates
{
    /// <summary>
    /// Shortest word judged. Set on the wmt21 references' tuning half (eng/reference-findings.py, issue 14): every
    /// unknown word under six letters that had a dictionary word one edit away was a name or a loan word ("Air": "Sir",
    /// "Match": "Matsch", "Laur", "Torys"); a short word has a neighbour one edit away whatever it is.
    /// </summary>
    public const int MinLength = 6;

    /// <summary>The lower-case words of the source, for telling names and quoted source terms from misspellings.</summary>
    public static HashSet<string> SourceWords(ArticleContext context)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in context.SourceWordKeys)
        {
            foreach (var word in sentence)
            {
                words.Add(word);
                // "Melbourne's" is "Melbourne" in German.
                if (word.Length > 2 && word[^2] is '\'' or '’' && word[^1] == 's')
                {
                    words.Add(word[..^2]);
                }

                foreach (var part in word.Split((char[])['-', '‑'], StringSplitOptions.RemoveEmptyEntries))
                {
                    words.Add(part);
                }
            }
        }

        return words;
    }

    /// <summary>True when <paramref name="part"/> of a word token at <paramref name="start"/> in <paramref name="text"/> is worth a look-up.</summary>
    public static bool IsCandidate(string text, string part, int start, IReadOnlySet<string> sourceWords)
    {
        if (part.Length < MinLength || part.Any(c => !char.IsLetter(c)) || part.Skip(1).Any(char.IsUpper))
        {
            return false;
        }

        var lower = part.ToLowerFast();
        return !sourceWords.Contains(lower)
            && !(lower.Length > MinLength && lower[^1] == 's' && sourceWords.Contains(lower[..^1]))
            && !InAddress(text, start, part.Length);
    }

    /// <summary>True inside a URL, an e-mail address, a handle or a hashtag: the whitespace-delimited chunk says so.</summary>
    private static bool InAddress(string text, int start, int length)
    {
        var from = start;
        while (from > 0 && !char.IsWhiteSpace(text[from - 1]))
        {
            from--;
        }

        var to = start + length;
        while (to < text.Length && !char.IsWhiteSpace(text[to]))
        {
            to++;
        }

        var chunk = text.AsSpan(from, to - from).TrimEnd(".,;:!?)\"“”»«'".AsSpan());
        if (chunk.IndexOfAny('@', '/', '#') >= 0 || chunk.Contains("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // A dot between letters ("example.org", "t.co"), which prose never has.
        for (var i = 1; i + 1 < chunk.Length; i++)
        {
            if (chunk[i] == '.' && char.IsLetter(chunk[i - 1]) && char.IsLetter(chunk[i + 1]))
            {
                return true;
            }
        }

        return false;
    }
}

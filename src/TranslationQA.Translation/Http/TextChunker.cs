using System.Text.RegularExpressions;

namespace TranslationQA.Translation.Http;

/// <summary>Splits a text longer than a service limit into contiguous pieces, preferring sentence boundaries.</summary>
public static partial class TextChunker
{
    /// <summary>
    /// Cuts <paramref name="text"/> into contiguous pieces of at most <paramref name="maxLength"/> characters that
    /// together cover it exactly: after sentence-final punctuation where possible, else at whitespace, else hard.
    /// </summary>
    public static IReadOnlyList<Range> Split(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        if (text.Length <= maxLength)
        {
            return [new Range(0, text.Length)];
        }

        var sentenceEnds = SentenceEnd().Matches(text).Select(m => m.Index + m.Length).ToArray();
        var pieces = new List<Range>();
        var start = 0;
        while (text.Length - start > maxLength)
        {
            var limit = start + maxLength;
            var cut = LastAtOrBefore(sentenceEnds, limit, start);
            if (cut <= start)
            {
                cut = text.LastIndexOf(' ', limit - 1, maxLength - 1) + 1;
            }

            if (cut <= start)
            {
                // Never cut a surrogate pair in half.
                cut = char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
            }

            pieces.Add(new Range(start, cut));
            start = cut;
        }

        pieces.Add(new Range(start, text.Length));
        return pieces;
    }

    private static int LastAtOrBefore(int[] sorted, int limit, int floor)
    {
        var best = -1;
        foreach (var value in sorted)
        {
            if (value > limit)
            {
                break;
            }

            if (value > floor)
            {
                best = value;
            }
        }

        return best;
    }

    // End of a sentence: terminal punctuation, optional closing quotes/brackets, then the following whitespace.
    [GeneratedRegex(@"[.!?…;:][""'»«“”’)\]]*\s+")]
    private static partial Regex SentenceEnd();
}

namespace TranslationQA.Translation.Offline;

/// <summary>What the tokenizer saw, before any lookup.</summary>
internal enum RawTokenKind
{
    /// <summary>Letters, possibly with inner hyphens, apostrophes or digits.</summary>
    Word,
    /// <summary>A numeral: 2022, 100.000, 11.00, 21. (ordinal).</summary>
    Number,
    /// <summary>Any other single non-space character.</summary>
    Punctuation,
}

/// <summary>A token of a German sentence with its offset in the sentence.</summary>
internal readonly record struct RawToken(int Offset, string Text, RawTokenKind Kind);

/// <summary>Splits a German sentence into words, numbers and punctuation marks.</summary>
internal static class GermanTokenizer
{
    /// <summary>Tokens of <paramref name="sentence"/> in order.</summary>
    public static List<RawToken> Tokenize(string sentence)
    {
        var tokens = new List<RawToken>();
        var i = 0;
        while (i < sentence.Length)
        {
            var c = sentence[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsDigit(c))
            {
                var end = ScanNumber(sentence, i);
                tokens.Add(new RawToken(i, sentence[i..end], RawTokenKind.Number));
                i = end;
            }
            else if (char.IsLetter(c))
            {
                var end = ScanWord(sentence, i);
                tokens.Add(new RawToken(i, sentence[i..end], RawTokenKind.Word));
                i = end;
            }
            else
            {
                tokens.Add(new RawToken(i, sentence[i..(i + 1)], RawTokenKind.Punctuation));
                i++;
            }
        }

        return tokens;
    }

    private static int ScanNumber(string s, int i)
    {
        while (i < s.Length)
        {
            if (char.IsDigit(s[i]))
            {
                i++;
            }
            else if (s[i] is '.' or ',' or ':' && i + 1 < s.Length && char.IsDigit(s[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        // An ordinal dot ("am 21. Januar") belongs to the number when the sentence goes on after it.
        if (i < s.Length && s[i] == '.' && s.AsSpan(i + 1).Trim().Length > 0)
        {
            i++;
        }

        return i;
    }

    private static int ScanWord(string s, int i)
    {
        while (i < s.Length)
        {
            if (char.IsLetterOrDigit(s[i]))
            {
                i++;
            }
            else if (s[i] is '-' or '\'' or '’' && i + 1 < s.Length && char.IsLetterOrDigit(s[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }
}

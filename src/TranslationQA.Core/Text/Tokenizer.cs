namespace TranslationQA.Core.Text;

/// <summary>A linear, allocation-light word tokenizer shared by all checks (no regex, so no backtracking cost).</summary>
public static class Tokenizer
{
    /// <summary>Splits <paramref name="text"/> into words, numbers and punctuation; whitespace is dropped.</summary>
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetter(c))
            {
                i++;
                while (i < text.Length)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d))
                    {
                        i++;
                    }
                    else if (IsJoiner(d) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                tokens.Add(new Token(start, i - start, text[start..i], TokenType.Word));
            }
            else if (char.IsDigit(c))
            {
                i++;
                while (i < text.Length)
                {
                    var d = text[i];
                    if (char.IsDigit(d))
                    {
                        i++;
                    }
                    else if (d is '.' or ',' or ':' or '-' or '/' && i + 1 < text.Length && char.IsDigit(text[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                // "90-minütig", "US-5" stay split: the number ends at the letter.
                tokens.Add(new Token(start, i - start, text[start..i], TokenType.Number));
            }
            else
            {
                i++;
                tokens.Add(new Token(start, 1, text[start..i], TokenType.Punct));
            }
        }

        return tokens;
    }

    /// <summary>Only the word tokens of <paramref name="text"/>.</summary>
    public static IEnumerable<Token> Words(string text) => Tokenize(text).Where(t => t.Type == TokenType.Word);

    private static bool IsJoiner(char c) => c is '-' or '\'' or '’' or '‑';
}

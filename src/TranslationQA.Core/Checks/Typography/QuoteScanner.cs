namespace TranslationQA.Core.Checks.Typography;

/// <summary>Quotation-mark styles.</summary>
public enum QuoteStyle
{
    /// <summary>German „…“.</summary>
    German,
    /// <summary>German guillemets »…«.</summary>
    GuillemetsIn,
    /// <summary>French guillemets «…».</summary>
    GuillemetsOut,
    /// <summary>English curly “…”.</summary>
    English,
    /// <summary>Straight "…".</summary>
    Straight,
}

/// <summary>A quotation or bracket pair found in a line; Close is -1 when unclosed, Open is -1 when the close has no opener.</summary>
public readonly record struct MarkPair(char Mark, int Open, int Close, QuoteStyle? Style);

/// <summary>Pairs quotation marks and brackets in one paragraph with a stack, telling German „…“ from English “…”.</summary>
public static class QuoteScanner
{
    /// <summary>All pairs (and unpaired marks) of <paramref name="line"/>.</summary>
    public static List<MarkPair> Scan(string line)
    {
        var result = new List<MarkPair>();
        var stack = new List<(char Mark, int At)>();
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            switch (c)
            {
                case '„': stack.Add((c, i)); break;
                case '(' or '[': stack.Add((c, i)); break;
                case ')': Close(stack, result, '(', i, null); break;
                case ']': Close(stack, result, '[', i, null); break;
                case '“':
                    if (!Close(stack, result, '„', i, QuoteStyle.German, missingIsError: false))
                    {
                        stack.Add((c, i));
                    }

                    break;
                case '”': Close(stack, result, '“', i, QuoteStyle.English); break;
                case '»':
                    if (!Close(stack, result, '«', i, QuoteStyle.GuillemetsOut, missingIsError: false))
                    {
                        stack.Add((c, i));
                    }

                    break;
                case '«':
                    if (!Close(stack, result, '»', i, QuoteStyle.GuillemetsIn, missingIsError: false))
                    {
                        stack.Add((c, i));
                    }

                    break;
                case '"':
                    if (!Close(stack, result, '"', i, QuoteStyle.Straight, missingIsError: false))
                    {
                        stack.Add((c, i));
                    }

                    break;
            }
        }

        foreach (var (mark, at) in stack)
        {
            result.Add(new MarkPair(mark, at, -1, StyleOf(mark)));
        }

        return result;
    }

    private static bool Close(List<(char Mark, int At)> stack, List<MarkPair> result, char opener, int at, QuoteStyle? style, bool missingIsError = true)
    {
        // Look only a few levels down so one stray mark does not swallow the pairs around it.
        for (var k = stack.Count - 1; k >= Math.Max(0, stack.Count - 3); k--)
        {
            if (stack[k].Mark == opener)
            {
                result.Add(new MarkPair(opener, stack[k].At, at, style));
                stack.RemoveAt(k);
                return true;
            }
        }

        if (missingIsError)
        {
            result.Add(new MarkPair(opener, -1, at, style));
        }

        return false;
    }

    private static QuoteStyle? StyleOf(char opener) => opener switch
    {
        '„' => QuoteStyle.German,
        '“' => QuoteStyle.English,
        '»' => QuoteStyle.GuillemetsIn,
        '«' => QuoteStyle.GuillemetsOut,
        '"' => QuoteStyle.Straight,
        _ => null,
    };
}

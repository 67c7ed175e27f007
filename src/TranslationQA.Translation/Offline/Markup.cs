namespace TranslationQA.Translation.Offline;

/// <summary>
/// Removes the markup of dictionary text: (notes), [labels], {grammar}, &lt;variants&gt; and /abbreviations/, each
/// replaced by a space, in that order, then collapses whitespace to single spaces.
/// </summary>
/// <remarks>
/// Hand-written scans instead of the five regular expressions this once was (\([^)]*\), \[[^\]]*\], \{[^}]*\},
/// &lt;[^&gt;]*&gt;, (?&lt;=^|\s)/[^/\s][^/]*/(?=\s|$)), with the same results: the replacements allocated a fifth of
/// a cold lexicon build's parsing (dotnet-trace, 2026-11-30). Each pass reads the previous pass's output, as the
/// chained Regex.Replace calls did.
/// </remarks>
internal static class Markup
{
    private const int StackChars = 256;

    /// <summary>The bare words of <paramref name="text"/>.</summary>
    public static string Strip(string text)
    {
        // Most synonyms carry no markup at all.
        if (text.AsSpan().IndexOfAny("([{</") < 0)
        {
            return CollapseSpaces(text);
        }

        // No pass makes the text longer: a marked span of two or more characters becomes one space.
        var a = text.Length <= StackChars ? stackalloc char[text.Length] : new char[text.Length];
        var b = text.Length <= StackChars ? stackalloc char[text.Length] : new char[text.Length];
        var length = RemoveEnclosed(text, a, '(', ')');
        length = RemoveEnclosed(a[..length], b, '[', ']');
        length = RemoveEnclosed(b[..length], a, '{', '}');
        length = RemoveEnclosed(a[..length], b, '<', '>');
        length = RemoveAbbreviations(b[..length], a);
        return Collapse(a[..length]);
    }

    /// <summary><paramref name="s"/> with each run of whitespace a single space and none at either end.</summary>
    private static string CollapseSpaces(string s) => IsCollapsed(s) ? s : Collapse(s);

    // Each open..close with no close between them becomes a space; an open with no close after it stays.
    private static int RemoveEnclosed(ReadOnlySpan<char> source, Span<char> target, char open, char close)
    {
        var written = 0;
        var from = 0;
        while (true)
        {
            var start = source[from..].IndexOf(open);
            var end = start < 0 ? -1 : source[(from + start + 1)..].IndexOf(close);
            if (end < 0)
            {
                break;
            }

            start += from;
            source[from..start].CopyTo(target[written..]);
            written += start - from;
            target[written++] = ' ';
            from = start + 1 + end + 1;
        }

        source[from..].CopyTo(target[written..]);
        return written + source.Length - from;
    }

    // "/GDP/" after the start or whitespace and before whitespace or the end, not starting with '/' or whitespace.
    private static int RemoveAbbreviations(ReadOnlySpan<char> source, Span<char> target)
    {
        var written = 0;
        var from = 0;
        for (var i = 0; i + 1 < source.Length; i++)
        {
            if (source[i] != '/' || (i > 0 && !char.IsWhiteSpace(source[i - 1])) || source[i + 1] == '/' || char.IsWhiteSpace(source[i + 1]))
            {
                continue;
            }

            var close = source[(i + 2)..].IndexOf('/');
            if (close < 0)
            {
                break;
            }

            close += i + 2;
            if (close + 1 < source.Length && !char.IsWhiteSpace(source[close + 1]))
            {
                continue;
            }

            source[from..i].CopyTo(target[written..]);
            written += i - from;
            target[written++] = ' ';
            from = close + 1;
            i = close;
        }

        source[from..].CopyTo(target[written..]);
        return written + source.Length - from;
    }

    private static string Collapse(ReadOnlySpan<char> s)
    {
        var collapsed = s.Length <= StackChars ? stackalloc char[s.Length] : new char[s.Length];
        var length = 0;
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                collapsed[length++] = ' ';
                space = false;
            }

            collapsed[length++] = c;
        }

        return new string(collapsed[..length]);
    }

    /// <summary>True when <paramref name="s"/> has no whitespace but single spaces between words.</summary>
    private static bool IsCollapsed(string s)
    {
        if (s.Length > 0 && (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1])))
        {
            return false;
        }

        for (var i = 1; i < s.Length; i++)
        {
            if (char.IsWhiteSpace(s[i]) && (s[i] != ' ' || s[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }
}

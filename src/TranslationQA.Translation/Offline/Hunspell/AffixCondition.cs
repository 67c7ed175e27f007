namespace TranslationQA.Translation.Offline.Hunspell;

/// <summary>
/// The condition of a Hunspell affix rule: a sequence of characters, "." (any) and bracket classes ("[^aeiou]"),
/// matched against the start (prefix) or end (suffix) of the root. Compiled once, without regular expressions.
/// </summary>
internal sealed class AffixCondition
{
    private readonly (string Chars, bool Negated, bool Any)[] _elements;
    private readonly bool _atStart;

    private AffixCondition((string, bool, bool)[] elements, bool atStart)
    {
        _elements = elements;
        _atStart = atStart;
    }

    /// <summary>Parses <paramref name="pattern"/>; a prefix condition reads the root's start, a suffix condition its end.</summary>
    /// <exception cref="InvalidDataException">An unclosed bracket.</exception>
    public static AffixCondition Parse(string pattern, bool prefix)
    {
        var elements = new List<(string, bool, bool)>();
        var i = 0;
        while (i < pattern.Length)
        {
            if (pattern[i] == '[')
            {
                var close = pattern.IndexOf(']', i + 1);
                if (close < 0)
                {
                    throw new InvalidDataException($"unclosed '[' in affix condition '{pattern}'");
                }

                var negated = close > i + 1 && pattern[i + 1] == '^';
                elements.Add((pattern[(i + (negated ? 2 : 1))..close], negated, false));
                i = close + 1;
            }
            else
            {
                elements.Add((pattern[i].ToString(), false, pattern[i] == '.'));
                i++;
            }
        }

        return new AffixCondition([.. elements], prefix);
    }

    /// <summary>True when <paramref name="root"/> meets the condition.</summary>
    public bool Matches(ReadOnlySpan<char> root)
    {
        if (root.Length < _elements.Length)
        {
            return false;
        }

        var start = _atStart ? 0 : root.Length - _elements.Length;
        for (var k = 0; k < _elements.Length; k++)
        {
            var (chars, negated, any) = _elements[k];
            if (!any && chars.Contains(root[start + k]) == negated)
            {
                return false;
            }
        }

        return true;
    }
}

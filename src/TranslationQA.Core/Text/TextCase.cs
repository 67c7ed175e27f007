namespace TranslationQA.Core.Text;

/// <summary>
/// Lower-casing for the checks' hot loops. <see cref="string.ToLowerInvariant()"/> goes through ICU for any string
/// with a non-ASCII letter, which is most German words; this converts only the upper-case characters and returns a
/// string that is already lower-case as it is. The result equals ToLowerInvariant for every letter that has a
/// lower-case form (title-case digraphs such as 'ǅ' are the only letters it leaves alone).
/// </summary>
public static class TextCase
{
    /// <summary>The invariant lower-case form of <paramref name="text"/>, allocating only when something changes.</summary>
    public static string ToLowerFast(this string text)
    {
        var first = 0;
        while (first < text.Length && !char.IsUpper(text[first]))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            var (source, from) = state;
            source.AsSpan(0, from).CopyTo(span);
            for (var i = from; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsUpper(c) ? char.ToLowerInvariant(c) : c;
            }
        });
    }
}

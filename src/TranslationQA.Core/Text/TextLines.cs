namespace TranslationQA.Core.Text;

/// <summary>One line (paragraph) of a document.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Offset">0-based offset of the line start in the document.</param>
/// <param name="Text">The line without its line end.</param>
public readonly record struct TextLine(int Number, int Offset, string Text)
{
    /// <summary>Document offset and length of the line without surrounding white space.</summary>
    public (int Offset, int Length) TrimmedSpan()
    {
        var trimmed = Text.Trim();
        return (Offset + Text.IndexOf(trimmed, StringComparison.Ordinal), trimmed.Length);
    }
}

/// <summary>Splits a document with \n line ends into lines, keeping offsets.</summary>
public static class TextLines
{
    /// <summary>The lines of <paramref name="text"/>.</summary>
    public static IEnumerable<TextLine> Enumerate(string text)
    {
        var start = 0;
        var number = 1;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            yield return new TextLine(number++, start, text[start..end]);
            start = end + 1;
        }
    }
}

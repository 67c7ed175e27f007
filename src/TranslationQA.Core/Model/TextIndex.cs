namespace TranslationQA.Core.Model;

/// <summary>Maps character offsets of a text (lines separated by \n) to 1-based line and column.</summary>
public sealed class TextIndex
{
    private readonly int[] _lineStarts;

    /// <summary>Indexes <paramref name="text"/>.</summary>
    public TextIndex(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
        Text = text;
    }

    /// <summary>The indexed text.</summary>
    public string Text { get; }

    /// <summary>Number of lines.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>0-based offset where 1-based <paramref name="line"/> starts.</summary>
    public int LineStart(int line) => _lineStarts[line - 1];

    /// <summary>A span with line and column computed for <paramref name="offset"/>.</summary>
    public TextSpan Span(int offset, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset + length, Text.Length);
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return new TextSpan(offset, length, line + 1, offset - _lineStarts[line] + 1);
    }
}

using TranslationQA.Core.Text;
using DiffPlex;

namespace TranslationQA.Core.Diffing;

/// <summary>
/// DiffPlex chunker for prose: every word (letters/digits, with digit separators kept inside numbers such as
/// "100,000" or "3.5"), every run of whitespace and every other character (punctuation, each quote mark,
/// apostrophes, hyphens) becomes its own chunk, so the chunks concatenate back to the input.
/// </summary>
internal sealed class ProseChunker : IChunker
{
    /// <summary>Shared instance (stateless).</summary>
    public static ProseChunker Instance { get; } = new();

    /// <summary>Splits <paramref name="text"/> into word, whitespace and single-character punctuation chunks.</summary>
    public IReadOnlyList<string> Chunk(string text)
    {
        var chunks = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }
            }
            else if (char.IsLetterOrDigit(c))
            {
                while (i < text.Length && (IsWordChar(text[i]) || IsDigitSeparator(text, i)))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }

            chunks.Add(text[start..i]);
        }

        return [.. chunks];
    }

    /// <summary>The comparison key of a chunk: lower-cased words, one space for any whitespace run.</summary>
    public static string Key(string chunk) =>
        chunk.Length > 0 && char.IsWhiteSpace(chunk[0]) ? " " : chunk.ToLowerFast();

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsDigitSeparator(string text, int i) =>
        text[i] is '.' or ',' && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
}

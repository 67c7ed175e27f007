using System.Text.RegularExpressions;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Tests.Support;

/// <summary>A small LCS word diff producing <see cref="SentenceDiff"/> pieces, so samples carry realistic diffs.</summary>
internal static partial class WordDiff
{
    public static SentenceDiff Compute(string source, string back)
    {
        var a = Tokens().Matches(source).Select(m => m.Value).ToArray();
        var b = Tokens().Matches(back).Select(m => m.Value).ToArray();
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = Same(a[i], b[j]) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var pieces = new List<DiffPiece>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && Same(a[x], b[y])) { pieces.Add(new(DiffOperation.Equal, a[x])); x++; y++; }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y])) { pieces.Add(new(DiffOperation.Inserted, b[y++])); }
            else { pieces.Add(new(DiffOperation.Deleted, a[x++])); }
        }

        return new SentenceDiff(pieces);
    }

    // Whitespace is compared like a word, so equal runs keep the source's spacing.
    private static bool Same(string a, string b) => string.IsNullOrWhiteSpace(a) ? string.IsNullOrWhiteSpace(b) : a == b;

    [GeneratedRegex(@"\w+|\s+|[^\w\s]")]
    private static partial Regex Tokens();
}

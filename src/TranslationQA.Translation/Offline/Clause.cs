using TranslationQA.Core.Model;

namespace TranslationQA.Translation.Offline;

/// <summary>
/// The clause around a word, as far as punctuation and coordinating conjunctions show it: enough to keep a split
/// verb or a verb phrase from reaching into the next clause.
/// </summary>
internal static class Clause
{
    // Coordinating conjunctions start a new main clause ("... teilte mit und ging"), as punctuation does.
    private static readonly HashSet<string> Joins = new(StringComparer.Ordinal) { "und", "oder", "aber", "sondern", "denn" };

    /// <summary>True when the word at <paramref name="i"/> is the last of its clause.</summary>
    public static bool EndsAt(List<WordGloss> words, int i) => i + 1 == words.Count || IsBoundary(words[i + 1]);

    /// <summary>Index of the first word of the clause holding <paramref name="i"/>.</summary>
    public static int Start(List<WordGloss> words, int i)
    {
        var k = i - 1;
        while (k >= 0 && !IsBoundary(words[k]))
        {
            k--;
        }

        return k + 1;
    }

    /// <summary>Index just past the last word of the clause holding <paramref name="i"/>.</summary>
    public static int End(List<WordGloss> words, int i)
    {
        var k = i + 1;
        while (k < words.Count && !IsBoundary(words[k]))
        {
            k++;
        }

        return k;
    }

    private static bool IsBoundary(WordGloss w) => w.Kind == TokenKind.Punctuation || Joins.Contains(w.Surface);
}

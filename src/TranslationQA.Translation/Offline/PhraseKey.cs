using TranslationQA.Core.Text;

namespace TranslationQA.Translation.Offline;

/// <summary>
/// The inflection-tolerant key of a German word inside a phrase: lower case, its light stem ("Nahen", "Naher":
/// nah), every form of the definite article one key (Ding writes "der Reihe nach", a text may decline it).
/// </summary>
internal static class PhraseKey
{
    private static readonly HashSet<string> DefiniteArticles = new(StringComparer.Ordinal) { "der", "die", "das", "den", "dem", "des" };

    /// <summary>The key of one word.</summary>
    public static string Of(string word)
    {
        var lower = word.ToLowerInvariant();
        return DefiniteArticles.Contains(lower) ? "d" : Stemmer.Stem(lower, "de");
    }

    /// <summary>The key of a phrase of 2-3 words of letters (hyphens inside allowed), or null for anything else.</summary>
    public static string? OfPhrase(string phrase)
    {
        var words = phrase.Split(' ');
        if (words.Length is < 2 or > 3 || !words.All(IsWord))
        {
            return null;
        }

        return string.Join(' ', words.Select(Of));
    }

    private static bool IsWord(string w) =>
        w.Length > 0 && char.IsLetter(w[0]) && char.IsLetter(w[^1]) && w.All(c => char.IsLetter(c) || c == '-');
}

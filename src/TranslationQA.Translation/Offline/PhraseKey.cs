using TranslationQA.Core.Text;

namespace TranslationQA.Translation.Offline;

/// <summary>
/// The inflection-tolerant key of a German word inside a phrase: lower case, its light stem ("Nahen", "Naher":
/// nah), every form of the definite article one key (Ding writes "der Reihe nach", a text may decline it).
/// </summary>
internal static class PhraseKey
{
    private static readonly HashSet<string> DefiniteArticles = new(StringComparer.Ordinal) { "der", "die", "das", "den", "dem", "des" };

    private static readonly HashSet<string> IndefiniteArticles = new(StringComparer.Ordinal) { "ein", "eine", "einen", "einem", "einer", "eines" };

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

    /// <summary>
    /// For a phrase that ends in a verb after a noun ("eine Rolle spielen", "auf Eis liegen"), the key of the words a
    /// main clause keeps together when it moves the verb away ("roll", "auf eis"), articles left out; else null.
    /// </summary>
    public static string? Rest(string phrase)
    {
        var words = phrase.Split(' ');
        var verb = words[^1];
        if (words.Length < 2 || verb.Length < 4 || !char.IsLower(verb[0]) || !verb.EndsWith('n') || !words[..^1].Any(w => char.IsUpper(w[0])))
        {
            return null;
        }

        var rest = words[..^1].Where(w => !IsArticle(w)).Select(Of).ToArray();
        return rest.Length is 1 or 2 ? string.Join(' ', rest) : null;
    }

    /// <summary>True for a form of the definite or indefinite article.</summary>
    public static bool IsArticle(string word)
    {
        var lower = word.ToLowerInvariant();
        return DefiniteArticles.Contains(lower) || IndefiniteArticles.Contains(lower);
    }

    private static bool IsWord(string w) =>
        w.Length > 0 && char.IsLetter(w[0]) && char.IsLetter(w[^1]) && w.All(c => char.IsLetter(c) || c == '-');
}

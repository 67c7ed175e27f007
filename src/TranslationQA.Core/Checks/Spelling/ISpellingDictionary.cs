namespace TranslationQA.Core.Checks.Spelling;

/// <summary>
/// A German spelling dictionary with its inflection and compound rules (Hunspell de_DE in the Translation project):
/// the seam between the spelling rule and the data it reads.
/// </summary>
public interface ISpellingDictionary
{
    /// <summary>True when <paramref name="word"/> is spelt correctly as written (a sentence-initial capital allowed).</summary>
    bool IsCorrect(string word);

    /// <summary>Correctly spelt words one or two edits from <paramref name="word"/>, likeliest first, at most <paramref name="max"/>.</summary>
    IReadOnlyList<string> Suggest(string word, int max);
}

using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks;

/// <summary>
/// Lower-cased token forms of the article, computed once and shared: several checks lower-case the same tokens, and
/// doing that per check and per sentence made lower-casing one of the largest sources of garbage.
/// </summary>
public sealed partial class ArticleContext
{
    private string[][]? _targetLower;
    private string[][]? _sourceLower;
    private string[][]? _targetWordKeys;
    private string[][]? _sourceWordKeys;
    private string?[]? _foreignLanguage;

    /// <summary>For each target sentence, the lower-case text of each token (same indices as <see cref="TargetTokens"/>).</summary>
    public IReadOnlyList<string[]> TargetLower => _targetLower ??= Lower(TargetTokens);

    /// <summary>For each source sentence, the lower-case text of each token (same indices as <see cref="SourceTokens"/>).</summary>
    public IReadOnlyList<string[]> SourceLower => _sourceLower ??= Lower(SourceTokens);

    /// <summary>For each target sentence, its words lower-cased with a French elision stripped ("l'appel" -> "appel").</summary>
    public IReadOnlyList<string[]> TargetWordKeys => _targetWordKeys ??= WordKeys(TargetTokens, TargetLower);

    /// <summary>For each source sentence, its words lower-cased with a French elision stripped.</summary>
    public IReadOnlyList<string[]> SourceWordKeys => _sourceWordKeys ??= WordKeys(SourceTokens, SourceLower);

    /// <summary>The lower-case words of target sentence <paramref name="sentence"/>, punctuation and numbers left out.</summary>
    public List<string> TargetLowerWords(int sentence)
    {
        var tokens = TargetTokens[sentence];
        var words = new List<string>(tokens.Count);
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Type == TokenType.Word)
            {
                words.Add(TargetLower[sentence][k]);
            }
        }

        return words;
    }

    /// <summary>
    /// The language target sentence <paramref name="sentence"/> is clearly written in when that is not German
    /// (<see cref="UntranslatedCheck.ForeignLanguage(LanguageGuess)"/>), else null: judged once per sentence for every rule.
    /// </summary>
    public string? ForeignLanguage(int sentence)
    {
        _foreignLanguage ??= new string?[TargetTokens.Count];
        return (_foreignLanguage[sentence] ??= UntranslatedCheck.ForeignLanguage(LanguageIdentifier.Identify(TargetLowerWords(sentence))) ?? string.Empty) switch
        {
            "" => null,
            var lang => lang,
        };
    }

    /// <summary>
    /// True when target sentence <paramref name="sentence"/> has no lower-case letter in its words (an all-capitals
    /// headline or label), where the case of a word says nothing about the word.
    /// </summary>
    public bool IsAllCapitals(int sentence) => !TargetTokens[sentence].Exists(t => t.Type == TokenType.Word && t.Text.Any(char.IsLower));

    private static string[][] Lower(IReadOnlyList<List<Token>> sentences)
    {
        var result = new string[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            var tokens = sentences[s];
            var lower = new string[tokens.Count];
            for (var k = 0; k < tokens.Count; k++)
            {
                lower[k] = tokens[k].Text.ToLowerFast();
            }

            result[s] = lower;
        }

        return result;
    }

    private static string[][] WordKeys(IReadOnlyList<List<Token>> sentences, IReadOnlyList<string[]> lower)
    {
        var result = new string[sentences.Count][];
        var words = new List<string>();
        for (var s = 0; s < sentences.Count; s++)
        {
            words.Clear();
            var tokens = sentences[s];
            for (var k = 0; k < tokens.Count; k++)
            {
                if (tokens[k].Type == TokenType.Word)
                {
                    words.Add(Stemmer.StripElision(lower[s][k]));
                }
            }

            result[s] = [.. words];
        }

        return result;
    }
}

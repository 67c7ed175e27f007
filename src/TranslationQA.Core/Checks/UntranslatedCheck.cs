using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks;

/// <summary>
/// TQA011: German sentences that are not German (language identification on trigram profiles and function
/// words) or that repeat a source sentence unchanged. Page-residue lines are left to TQA012.
/// </summary>
public sealed class UntranslatedCheck : ICheck
{
    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.Untranslated;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        var sourceSentences = analysis.SourceSentences.Select(s => Normalize(s.Text)).Where(s => s.Length >= 20).ToHashSet(StringComparer.Ordinal);
        for (var t = 0; t < analysis.TargetSentences.Count; t++)
        {
            var sentence = analysis.TargetSentences[t];
            if (context.IsResidueLine(sentence.Line))
            {
                continue;
            }

            // The sentence's words come from the shared context: no second tokenisation and lower-casing per sentence.
            var words = LowerWords(context, t);
            if (sourceSentences.Count > 0 && sourceSentences.Contains(string.Join(' ', words)))
            {
                yield return context.Finding(Rule, sentence.Span.Offset, sentence.Span.Length, "The source sentence was copied unchanged.");
                continue;
            }

            if (ForeignLanguage(LanguageIdentifier.Identify(words)) is { } lang)
            {
                yield return context.Finding(Rule, sentence.Span.Offset, sentence.Span.Length, $"This sentence is in {Name(lang)}, not German.");
            }
        }
    }

    /// <summary>The language of <paramref name="text"/> when it is clearly not German, else null.</summary>
    public static string? ForeignLanguage(string text) => ForeignLanguage(LanguageIdentifier.Identify(text));

    private static string? ForeignLanguage(LanguageGuess guess)
    {
        // Names and numbers say nothing about the language: judge the lower-case words plus capitalised ones after the first.
        if (guess.Lang is "" or "de" || guess.WordCount < 2)
        {
            return null;
        }

        var strongStopWords = guess.StopWordHits >= 2 && guess.StopWordHits > 2 * guess.GermanStopWordHits;
        var strongTrigrams = guess.GermanStopWordHits == 0 && (guess.Margin > 0.8 && guess.WordCount >= 3 || guess.Margin > 0.3 && guess.WordCount >= 5);
        return strongStopWords && guess.Margin > 0.3 || strongTrigrams ? guess.Lang : null;
    }

    private static string Name(string lang) => lang switch { "en" => "English", "fr" => "French", "nl" => "Dutch", _ => lang };

    private static List<string> LowerWords(ArticleContext context, int sentence)
    {
        var tokens = context.TargetTokens[sentence];
        var words = new List<string>(tokens.Count);
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Type == TokenType.Word)
            {
                words.Add(context.TargetLower[sentence][k]);
            }
        }

        return words;
    }

    private static string Normalize(string s) => string.Join(' ', Tokenizer.Words(s).Select(t => t.Text.ToLowerFast()));
}

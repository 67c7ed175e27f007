using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks;

/// <summary>
/// TQA011: German sentences that are not German (language identification on trigram profiles and function
/// words), that repeat a source sentence unchanged, or that keep source words untranslated, and XLIFF units left
/// without a target (a zero-length finding where the unit's text would stand). Page-residue lines are left to TQA012.
/// </summary>
public sealed class UntranslatedCheck : ICheck
{
    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.Untranslated;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        foreach (var unit in analysis.Article.Units?.Where(u => !u.Translated) ?? [])
        {
            yield return context.Finding(Rule, unit.Offset, 0, MissingMessage(unit.Location), sourceText: unit.Source,
                evidence: MissingEvidence) with { Unit = unit.Location };
        }

        var sourceSentences = analysis.SourceSentences.Select(s => Normalize(s.Text)).Where(s => s.Length >= 20).ToHashSet(StringComparer.Ordinal);
        for (var t = 0; t < analysis.TargetSentences.Count; t++)
        {
            var sentence = analysis.TargetSentences[t];
            if (context.IsResidueLine(sentence.Line))
            {
                continue;
            }

            // The sentence's words come from the shared context: no second tokenisation and lower-casing per sentence.
            var words = context.TargetLowerWords(t);
            if (sourceSentences.Count > 0 && sourceSentences.Contains(string.Join(' ', words)))
            {
                yield return context.Finding(Rule, sentence.Span.Offset, sentence.Span.Length, "The source sentence was copied unchanged.");
                continue;
            }

            if (context.ForeignLanguage(t) is { } lang)
            {
                yield return context.Finding(Rule, sentence.Span.Offset, sentence.Span.Length, $"This sentence is in {Name(lang)}, not German.");
                continue;
            }

            foreach (var finding in CopiedWords(context, t))
            {
                yield return finding;
            }
        }
    }

    /// <summary>Evidence class of an XLIFF unit (or segment) that has no target at all.</summary>
    public const string MissingEvidence = "missing";

    private static string MissingMessage(UnitLocation unit) => unit.SegmentId is { } segment
        ? $"Segment '{segment}' of unit '{unit.UnitId}' has no translation."
        : $"Unit '{unit.UnitId}' has no translation.";

    /// <summary>
    /// Source words left in a German sentence ("„short-sighted“", "bonus compris"): a run of all-lower-case words that
    /// stand unchanged in the aligned source sentence and that the engine could not read as German. It takes two words
    /// in a row, or one word in quotation marks: a single shared word is too often a loan word, a Latin tag ("de
    /// facto") or a brand. Names and loan words the German dictionary knows ("online", "fair") are glossed, so they
    /// pass; words glued to ".", "@", "/" or "#" are addresses or handles. Without word glosses (a service engine)
    /// every shared lower-case word counts, so only runs of two or more do.
    /// </summary>
    private IEnumerable<Finding> CopiedWords(ArticleContext context, int t)
    {
        var pairIndex = context.PairOfTarget[t];
        if (pairIndex < 0)
        {
            yield break;
        }

        var source = context.Analysis.Pairs[pairIndex].Source.SelectMany(i => context.SourceWordKeys[i]).ToHashSet(StringComparer.Ordinal);
        var glosses = context.Analysis.BackTranslations[t].Words;
        var text = context.Analysis.TargetSentences[t].Text;
        var tokens = context.TargetTokens[t];
        var lower = context.TargetLower[t];
        var k = 0;
        while (k < tokens.Count)
        {
            var end = k;
            while (end < tokens.Count && IsCopied(text, tokens[end], lower[end], source, glosses))
            {
                end++;
            }

            var (first, last) = (tokens[k], tokens[Math.Max(k, end - 1)]);
            if (end - k >= 2 || end - k == 1 && glosses.Count > 0 && IsQuoted(text, first))
            {
                var words = text[first.Offset..last.End];
                yield return context.Finding(Rule, t, first.Offset, last.End - first.Offset,
                    $"\"{words}\" stands unchanged in the source and is not German: translate it.", sourceText: words);
            }

            k = Math.Max(end, k + 1);
        }
    }

    private static bool IsCopied(string text, Token token, string lower, HashSet<string> source, IReadOnlyList<WordGloss> glosses)
    {
        if (token.Type != TokenType.Word || token.Length < 3 || !token.Text.All(c => char.IsLower(c) || c == '-')
            || !source.Contains(lower) || StopWords.IsStopWord(lower, "de") || IsGlued(text, token))
        {
            return false;
        }

        if (glosses.Count == 0)
        {
            return true;
        }

        foreach (var gloss in glosses)
        {
            if (gloss.Offset == token.Offset)
            {
                return gloss.Kind == TokenKind.Unknown;
            }
        }

        return false;
    }

    private static bool IsGlued(string text, Token token) =>
        token.Offset > 0 && text[token.Offset - 1] is '.' or '@' or '/' or '#'
        || token.End < text.Length && text[token.End] is '@' or '/' or '#' || token.End + 1 < text.Length && text[token.End] == '.' && char.IsLetter(text[token.End + 1]);

    private static bool IsQuoted(string text, Token token) =>
        token.Offset > 0 && text[token.Offset - 1] is '„' or '"' or '“' or '»' or '«' or '\''
        && token.End < text.Length && text[token.End] is '“' or '"' or '”' or '«' or '»' or '\'';

    /// <summary>The language of a guess when it is clearly not German, else null.</summary>
    internal static string? ForeignLanguage(LanguageGuess guess)
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

    private static string Normalize(string s) => string.Join(' ', Tokenizer.Words(s).Select(t => t.Text.ToLowerFast()));
}

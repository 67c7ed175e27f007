using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks;

/// <summary>TQA023: a negation on one side of a bead only (not/never/ne...pas/aucun vs nicht/kein/nie/weder).</summary>
public sealed class NegationCheck : ICheck
{
    private static readonly HashSet<string> English = new(StringComparer.Ordinal) { "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot", "nowhere" };
    private static readonly HashSet<string> FrenchWithNe = new(StringComparer.Ordinal) { "pas", "plus", "jamais", "aucun", "aucune", "rien", "personne", "nullement", "guère" };
    private static readonly HashSet<string> FrenchAlone = new(StringComparer.Ordinal) { "sans", "aucun", "aucune", "jamais", "ni" };
    private static readonly HashSet<string> German = new(StringComparer.Ordinal) { "nicht", "nichts", "nie", "niemals", "niemand", "weder", "ohne", "kein", "keine", "keinen", "keinem", "keiner", "keines", "keinerlei", "nirgends", "keineswegs" };

    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.Negation;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        foreach (var pair in analysis.Pairs.Where(p => p.Source.Count > 0 && p.Target.Count > 0))
        {
            var source = pair.Source.SelectMany(i => context.SourceTokens[i]).Where(t => t.Type == TokenType.Word).Select(t => t.Text.ToLowerFast()).ToList();
            var sourceNegated = IsNegated(source, context.SourceLang);
            var germanNegators = pair.Target.SelectMany(t => GermanNegators(context.TargetTokens[t]).Select(k => (Sentence: t, Token: k))).ToList();
            if (sourceNegated == germanNegators.Count > 0)
            {
                continue;
            }

            if (germanNegators.Count > 0)
            {
                var (sentence, token) = germanNegators[0];
                yield return context.Finding(Rule, sentence, token.Offset, token.Length,
                    $"\"{token.Text}\" negates, but the source sentence has no negation.", sourceText: context.SourceText(pair), sourceSentence: pair.Source[0]);
            }
            else
            {
                var first = analysis.TargetSentences[pair.Target[0]];
                yield return context.Finding(Rule, first.Span.Offset, first.Span.Length,
                    "The source sentence is negated, the German sentence is not.", sourceText: context.SourceText(pair), sourceSentence: pair.Source[0]);
            }
        }
    }

    /// <summary>True when the source words contain a negation of <paramref name="lang"/> outside non-negating idioms.</summary>
    public static bool IsNegated(IReadOnlyList<string> words, string lang)
    {
        var masked = NegationIdioms.Masked(words, lang);
        var open = words.Select((w, i) => masked.Contains(i) ? "" : w).ToList();
        if (lang == "fr")
        {
            // "ne ... pas/plus/jamais" counts when the second part follows the "ne" closely ("ne ... que" restricts, it does not negate).
            for (var i = 0; i < open.Count; i++)
            {
                if (FrenchAlone.Contains(Stemmer.StripElision(open[i])))
                {
                    return true;
                }

                if (open[i] is "ne" || open[i].StartsWith("n'", StringComparison.Ordinal) || open[i].StartsWith("n’", StringComparison.Ordinal))
                {
                    var after = open.Skip(i + 1).Take(5).TakeWhile(w => w is not ("que" or "qu'" or "qu’")).ToList();
                    if (FrenchWithNe.Contains(Stemmer.StripElision(open[i])) || after.Any(w => FrenchWithNe.Contains(Stemmer.StripElision(w))))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        return open.Any(w => English.Contains(w) || w.EndsWith("n't", StringComparison.Ordinal) || w.EndsWith("n’t", StringComparison.Ordinal));
    }

    private static IEnumerable<Token> GermanNegators(List<Token> tokens)
    {
        var words = tokens.Where(t => t.Type == TokenType.Word).ToList();
        var masked = NegationIdioms.Masked(words.Select(w => w.Text.ToLowerFast()).ToList(), "de");
        return words.Where((w, i) => !masked.Contains(i) && German.Contains(w.Text.ToLowerFast()));
    }
}

using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks;

/// <summary>TQA023: a negation on one side of a bead only (not/never/ne...pas/aucun vs nicht/kein/nie/weder).</summary>
public sealed class NegationCheck : ICheck
{
    private static readonly HashSet<string> English = new(StringComparer.Ordinal) { "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot", "nowhere" };
    private static readonly HashSet<string> FrenchWithNe = new(StringComparer.Ordinal) { "pas", "jamais", "aucun", "aucune", "rien", "personne", "nullement", "guère" };
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
            var source = pair.Source.SelectMany(i => context.SourceTokens[i]).Where(t => t.Type == TokenType.Word).Select(t => t.Text.ToLowerInvariant()).ToList();
            var sourceNegated = IsNegated(source, context.SourceLang);
            var germanNegators = pair.Target.SelectMany(t => context.TargetTokens[t].Where(k => German.Contains(k.Text.ToLowerInvariant())).Select(k => (Sentence: t, Token: k))).ToList();
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

    /// <summary>True when the source words contain a negation of <paramref name="lang"/>.</summary>
    public static bool IsNegated(IReadOnlyList<string> words, string lang)
    {
        if (lang == "fr")
        {
            var hasNe = words.Any(w => w is "ne" || w.StartsWith("n'", StringComparison.Ordinal) || w.StartsWith("n’", StringComparison.Ordinal));
            return words.Any(w => FrenchAlone.Contains(Stemmer.StripElision(w))) || hasNe && words.Any(w => FrenchWithNe.Contains(Stemmer.StripElision(w)));
        }

        return words.Any(w => English.Contains(w) || w.EndsWith("n't", StringComparison.Ordinal) || w.EndsWith("n’t", StringComparison.Ordinal));
    }
}

using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks;

/// <summary>
/// TQA023: a bead with more negations on one side than the other side can account for (not/never/ne...pas/aucun vs
/// nicht/kein/nie/weder), counting on the other side the words that negate implicitly (fail, hardly, unmöglich, kaum):
/// a German "nicht" often renders an English "fail to" or "unwilling". Evidence classes: "added" (German negates more)
/// and "lost" (the source negates more).
/// </summary>
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
            var sourceWords = SourceWords(context, pair);
            var sourceNegations = IsNegated(sourceWords, context.SourceLang) ? Math.Max(1, CountEnglish(sourceWords, context.SourceLang)) : 0;
            var sourceImplicit = sourceWords.Count(w => ImplicitNegations.Is(w, context.SourceLang));
            var germanNegators = new List<(int Sentence, Token Token)>();
            var germanImplicit = 0;
            foreach (var t in pair.Target)
            {
                AddGermanNegators(context, t, germanNegators);
                germanImplicit += context.TargetLower[t].Count(w => ImplicitNegations.Is(w, "de"));
            }

            // Implicit negations on both sides render each other ("little" and "wenig"); only the surplus on one side
            // can account for an explicit negation on the other.
            if (germanNegators.Count > sourceNegations + Math.Max(0, sourceImplicit - germanImplicit))
            {
                var (sentence, token) = germanNegators[^1];
                yield return context.Finding(Rule, sentence, token.Offset, token.Length,
                    $"\"{token.Text}\" negates, but the source sentence has no negation that it renders.", Severity.Critical,
                    context.SourceText(pair), sourceSentence: pair.Source[0], evidence: "added");
            }
            else if (sourceNegations > germanNegators.Count + Math.Max(0, germanImplicit - sourceImplicit))
            {
                var first = analysis.TargetSentences[pair.Target[0]];
                yield return context.Finding(Rule, first.Span.Offset, first.Span.Length,
                    "The source sentence is negated, the German sentence is not.", Severity.Critical,
                    context.SourceText(pair), sourceSentence: pair.Source[0], evidence: "lost");
            }
        }
    }

    /// <summary>True when the source words contain a negation of <paramref name="lang"/> outside non-negating idioms.</summary>
    public static bool IsNegated(IReadOnlyList<string> words, string lang)
    {
        var masked = NegationIdioms.Masked(words, lang);
        var open = new string[words.Count];
        for (var i = 0; i < open.Length; i++)
        {
            open[i] = masked.Contains(i) ? "" : words[i];
        }

        if (lang == "fr")
        {
            // "ne ... pas/plus/jamais" counts when the second part follows the "ne" closely ("ne ... que" restricts, it does not negate).
            for (var i = 0; i < open.Length; i++)
            {
                if (FrenchAlone.Contains(Stemmer.StripElision(open[i])))
                {
                    return true;
                }

                if (open[i] is "ne" || open[i].StartsWith("n'", StringComparison.Ordinal) || open[i].StartsWith("n’", StringComparison.Ordinal))
                {
                    if (FrenchWithNe.Contains(Stemmer.StripElision(open[i])) || NegatorFollows(open, i))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        foreach (var w in open)
        {
            if (English.Contains(w) || w.EndsWith("n't", StringComparison.Ordinal) || w.EndsWith("n’t", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Explicit negations of an English source (French counts as one: its "ne ... pas" is two words for one).</summary>
    private static int CountEnglish(IReadOnlyList<string> words, string lang)
    {
        if (lang == "fr")
        {
            return 1;
        }

        var masked = NegationIdioms.Masked(words, lang);
        return words.Where((w, i) => !masked.Contains(i)
            && (English.Contains(w) || w.EndsWith("n't", StringComparison.Ordinal) || w.EndsWith("n’t", StringComparison.Ordinal))).Count();
    }

    /// <summary>True when one of the five words after the "ne" at <paramref name="ne"/>, up to a "que", completes a negation.</summary>
    private static bool NegatorFollows(string[] open, int ne)
    {
        for (var k = ne + 1; k < Math.Min(open.Length, ne + 6) && open[k] is not ("que" or "qu'" or "qu’"); k++)
        {
            if (FrenchWithNe.Contains(Stemmer.StripElision(open[k])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower-case words of the source sentences of <paramref name="pair"/>, in order.</summary>
    private static List<string> SourceWords(ArticleContext context, AlignedPair pair)
    {
        var words = new List<string>();
        foreach (var s in pair.Source)
        {
            AddWords(context.SourceTokens[s], context.SourceLower[s], words, null);
        }

        return words;
    }

    private static void AddGermanNegators(ArticleContext context, int sentence, List<(int Sentence, Token Token)> negators)
    {
        var tokens = new List<Token>();
        var words = new List<string>();
        AddWords(context.TargetTokens[sentence], context.TargetLower[sentence], words, tokens);
        var masked = NegationIdioms.Masked(words, "de");
        for (var i = 0; i < words.Count; i++)
        {
            if (!masked.Contains(i) && German.Contains(words[i]))
            {
                negators.Add((sentence, tokens[i]));
            }
        }
    }

    private static void AddWords(List<Token> tokens, string[] lower, List<string> words, List<Token>? wordTokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Type == TokenType.Word)
            {
                words.Add(lower[k]);
                wordTokens?.Add(tokens[k]);
            }
        }
    }
}

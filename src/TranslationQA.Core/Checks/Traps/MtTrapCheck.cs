using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Traps;

/// <summary>
/// TQA002: a German word that is a known wrong rendering of a source term (false friend, wrong sense) where the
/// context decides the sense. With a source the source term must be in the bead; German-only traps fire on the
/// target alone when their German context is unambiguous.
/// </summary>
public sealed class MtTrapCheck(IReadOnlyList<Trap> traps) : ICheck
{
    /// <summary>A check with the built-in trap list.</summary>
    public MtTrapCheck()
        : this(TrapLexicon.Load(null))
    {
    }

    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.MtTrap;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        var articleWords = Words(analysis.Article.Target).Concat(Words(analysis.Article.Source ?? "")).ToHashSet(StringComparer.Ordinal);
        var reported = new HashSet<int>();
        for (var t = 0; t < analysis.TargetSentences.Count; t++)
        {
            var sentence = analysis.TargetSentences[t];
            var pairIndex = context.PairOfTarget[t];
            var pair = pairIndex >= 0 ? analysis.Pairs[pairIndex] : null;
            var sourceText = pair is null ? "" : context.SourceText(pair);
            var sourceWords = Words(sourceText).ToList();
            var sourceStems = sourceWords.Select(w => Stemmer.Stem(w, context.SourceLang)).ToList();
            var beadWords = pair is null
                ? Words(sentence.Text).ToHashSet(StringComparer.Ordinal)
                : pair.Target.SelectMany(i => Words(analysis.TargetSentences[i].Text)).Concat(sourceWords).ToHashSet(StringComparer.Ordinal);
            foreach (var token in context.TargetTokens[t].Where(k => k.Type == TokenType.Word))
            {
                var lower = token.Text.ToLowerInvariant();
                foreach (var trap in traps)
                {
                    var applies = trap.SourceTerm.Count > 0
                        ? trap.Lang == context.SourceLang && pair is not null && ContainsTerm(sourceStems, trap.SourceTerm, context.SourceLang)
                        : trap.Standalone;
                    if (!applies || !Renders(trap, lower) || reported.Contains(sentence.Span.Offset + token.Offset))
                    {
                        continue;
                    }

                    var scope = trap.ArticleScope ? articleWords : beadWords;
                    if (trap.Context.Count > 0 && !scope.Any(w => trap.Context.Any(c => w.StartsWith(c, StringComparison.Ordinal)))
                        || scope.Any(w => trap.Forbidden.Any(f => w.StartsWith(f, StringComparison.Ordinal))))
                    {
                        continue;
                    }

                    reported.Add(sentence.Span.Offset + token.Offset);
                    yield return context.Finding(Rule, t, token.Offset, token.Length, $"\"{token.Text}\": {trap.Advice}", trap.Severity,
                        trap.SourceTerm.Count > 0 ? string.Join(' ', trap.SourceTerm) : null, sourceSentence: pair?.Source.FirstOrDefault());
                }
            }
        }
    }

    private static bool Renders(Trap trap, string word) => trap.Renderings.Any(r => r[0] == '*'
        ? word.Contains(r[1..], StringComparison.Ordinal)
        : word.StartsWith(r, StringComparison.Ordinal) && (r.Length >= 5 || word.Length <= r.Length + 3));

    private static bool ContainsTerm(List<string> stems, IReadOnlyList<string> term, string lang)
    {
        var termStems = term.Select(w => Stemmer.Stem(w, lang)).ToList();
        for (var i = 0; i + termStems.Count <= stems.Count; i++)
        {
            if (termStems.Select((s, k) => stems[i + k] == s).All(x => x))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Words(string text) =>
        Tokenizer.Words(text).Select(t => Stemmer.StripElision(t.Text.ToLowerInvariant()));
}

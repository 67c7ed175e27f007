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
    // Parsed once: this list is tested against every German word of every article.
    private readonly CompiledTrap[] _traps = [.. traps.Select(CompiledTrap.Of)];

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
        var articleWords = new Lazy<HashSet<string>>(() => ArticleWords(analysis));
        var beads = new Dictionary<int, TrapBead>();
        var reported = new HashSet<int>();
        for (var t = 0; t < analysis.TargetSentences.Count; t++)
        {
            var sentence = analysis.TargetSentences[t];
            var pairIndex = context.PairOfTarget[t];
            var pair = pairIndex >= 0 ? analysis.Pairs[pairIndex] : null;
            TrapBead? bead = null;
            var tokens = context.TargetTokens[t];
            var lowerTokens = context.TargetLower[t];
            for (var k = 0; k < tokens.Count; k++)
            {
                var token = tokens[k];
                if (token.Type != TokenType.Word)
                {
                    continue;
                }

                var lower = lowerTokens[k];
                foreach (var trap in _traps)
                {
                    // The rendering test is cheap and rarely true, so it goes first; the source-term test stems.
                    if (!trap.Renders(lower) || reported.Contains(sentence.Span.Offset + token.Offset))
                    {
                        continue;
                    }

                    bead ??= pair is null ? TrapBead.OfSentence(context, t) : GetBead(beads, context, pairIndex);
                    var applies = trap.Trap.SourceTerm.Count > 0
                        ? trap.Trap.Lang == context.SourceLang && pair is not null && ContainsTerm(bead.SourceStems, trap.TermStems)
                        : trap.Trap.Standalone;
                    if (!applies || !trap.ContextAllows(trap.Trap.ArticleScope ? articleWords.Value : bead.Words))
                    {
                        continue;
                    }

                    reported.Add(sentence.Span.Offset + token.Offset);
                    yield return context.Finding(Rule, t, token.Offset, token.Length, $"\"{token.Text}\": {trap.Trap.Advice}",
                        Escalate(trap.Trap.Severity, context.IsHeadline(t)),
                        trap.Trap.SourceTerm.Count > 0 ? string.Join(' ', trap.Trap.SourceTerm) : null, sourceSentence: pair?.Source.FirstOrDefault());
                }
            }
        }
    }

    /// <summary>"*x" inside a word, "x" at its start, a trailing "$" pins the end ("hof$" is Hof, not hoffen).</summary>
    internal static bool Renders(string rendering, string word) => TrapRendering.Of(rendering).Matches(word);

    /// <summary>A wrong sense of a key word in the headline misleads every reader: a major trap there is critical.</summary>
    private static Severity Escalate(Severity severity, bool headline) =>
        severity == Severity.Major && headline ? Severity.Critical : severity;

    /// <summary>The bead of a target sentence is shared by all its target sentences, so it is built once.</summary>
    private static TrapBead GetBead(Dictionary<int, TrapBead> beads, ArticleContext context, int pairIndex)
    {
        if (!beads.TryGetValue(pairIndex, out var bead))
        {
            bead = TrapBead.OfPair(context, context.Analysis.Pairs[pairIndex]);
            beads[pairIndex] = bead;
        }

        return bead;
    }

    private static bool ContainsTerm(List<string> stems, string[] termStems)
    {
        for (var i = 0; i + termStems.Length <= stems.Count; i++)
        {
            var k = 0;
            while (k < termStems.Length && stems[i + k] == termStems[k])
            {
                k++;
            }

            if (k == termStems.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every word of the whole German and source text: the scope of article-wide trap contexts.</summary>
    private static HashSet<string> ArticleWords(ArticleAnalysis analysis)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in (string[])[analysis.Article.Target, analysis.Article.Source ?? ""])
        {
            foreach (var token in Tokenizer.Words(text))
            {
                words.Add(Stemmer.StripElision(token.Text.ToLowerFast()));
            }
        }

        return words;
    }
}

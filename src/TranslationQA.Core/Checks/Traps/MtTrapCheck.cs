using TranslationQA.Core.Checks.Mistranslation;
using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Traps;

/// <summary>
/// TQA002: a German word or phrase that is a known wrong rendering of a source term (false friend, wrong sense,
/// calque) where the context decides the sense. With a source the source term must be in the bead; German-only traps
/// fire on the target alone when their German context is unambiguous. Rows with expected renderings fire the other
/// way round: the source term is in the bead, none of its right renderings is, and a German word at its place renders
/// nothing of the source.
/// </summary>
public sealed class MtTrapCheck(IReadOnlyList<Trap> traps) : ICheck
{
    private const double MaxPositionGap = 0.5;

    // Parsed once: this list is tested against every German word of every article.
    private readonly CompiledTrap[] _wrong = [.. traps.Where(t => !t.Expected).Select(CompiledTrap.Of)];
    private readonly CompiledTrap[] _expected = [.. traps.Where(t => t.Expected).Select(CompiledTrap.Of)];

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
        var beads = new Dictionary<int, TrapBead>();
        return [.. WrongRenderings(context, beads), .. MissingRenderings(context, beads)];
    }

    /// <summary>"*x" inside a word, "x" at its start, a trailing "$" pins the end ("hof$" is Hof, not hoffen).</summary>
    internal static bool Renders(string rendering, string word) => TrapRendering.Of(rendering).Matches(word);

    private IEnumerable<Finding> WrongRenderings(ArticleContext context, Dictionary<int, TrapBead> beads)
    {
        var analysis = context.Analysis;
        var articleWords = new Lazy<HashSet<string>>(() => ArticleWords(analysis));
        var reported = new HashSet<int>();
        for (var t = 0; t < analysis.TargetSentences.Count; t++)
        {
            var sentence = analysis.TargetSentences[t];
            var pairIndex = context.PairOfTarget[t];
            var pair = pairIndex >= 0 ? analysis.Pairs[pairIndex] : null;
            TrapBead? bead = null;
            var tokens = context.TargetTokens[t];
            var words = context.TargetWordKeys[t];
            var wordTokens = WordTokenIndices(tokens);
            for (var w = 0; w < words.Length; w++)
            {
                var first = tokens[wordTokens[w]];
                foreach (var trap in _wrong)
                {
                    // The rendering test is cheap and rarely true, so it goes first; the source-term test stems.
                    var length = trap.MatchAt(words, w);
                    if (length == 0 || reported.Contains(sentence.Span.Offset + first.Offset))
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

                    reported.Add(sentence.Span.Offset + first.Offset);
                    var last = tokens[wordTokens[w + length - 1]];
                    yield return context.Finding(Rule, t, first.Offset, last.Offset + last.Length - first.Offset,
                        $"\"{sentence.Text[first.Offset..(last.Offset + last.Length)]}\": {trap.Trap.Advice}",
                        Escalate(trap.Trap.Severity, context.IsHeadline(t)),
                        trap.Trap.SourceTerm.Count > 0 ? string.Join(' ', trap.Trap.SourceTerm) : null, sourceSentence: pair?.Source.FirstOrDefault());
                }
            }
        }
    }

    /// <summary>Expected-rendering traps: the source term is in the bead but none of its right German renderings is.</summary>
    private IEnumerable<Finding> MissingRenderings(ArticleContext context, Dictionary<int, TrapBead> beads)
    {
        if (_expected.Length == 0 || !context.HasAlignment)
        {
            yield break;
        }

        var analysis = context.Analysis;
        for (var p = 0; p < analysis.Pairs.Count; p++)
        {
            var pair = analysis.Pairs[p];
            if (pair.Source.Count == 0 || pair.Target.Count == 0 || pair.Target.Any(t => context.IsResidueLine(analysis.TargetSentences[t].Line)))
            {
                continue;
            }

            TrapBead? bead = null;
            foreach (var trap in _expected)
            {
                if (trap.Trap.Lang != context.SourceLang)
                {
                    continue;
                }

                bead ??= GetBead(beads, context, p);
                if (!ContainsTerm(bead.SourceStems, trap.TermStems) || !trap.ContextAllows(bead.Words)
                    || pair.Target.Any(t => trap.OccursIn(context.TargetWordKeys[t])))
                {
                    continue;
                }

                var anchor = Anchor(context.PairWords(pair), trap.TermStems);
                if (anchor is null)
                {
                    continue;
                }

                yield return context.Finding(Rule, anchor.Sentence, anchor.Gloss.Offset, anchor.Gloss.Length,
                    $"\"{anchor.Gloss.Surface}\" stands where the source has \"{string.Join(' ', trap.Trap.SourceTerm)}\": {trap.Trap.Advice}",
                    Escalate(trap.Trap.Severity, context.IsHeadline(anchor.Sentence)), string.Join(' ', trap.Trap.SourceTerm),
                    anchor.Gloss.Gloss, pair.Source[0]);
            }
        }
    }

    /// <summary>The German word nearest the source term's place whose glosses render no source word, if one is close.</summary>
    private static GermanWord? Anchor(PairWords words, string[] termStems)
    {
        var term = words.Source.FirstOrDefault(s => termStems.Contains(s.Stem));
        if (term is null)
        {
            return null;
        }

        return words.German.Where(g => words.IsUnexplained(g) && !PairWords.IsEntity(g.Gloss))
            .Select(g => (Word: g, Gap: Math.Abs(g.Position - term.Position)))
            .Where(c => c.Gap <= MaxPositionGap)
            .OrderBy(c => c.Gap)
            .Select(c => c.Word)
            .FirstOrDefault();
    }

    private static List<int> WordTokenIndices(List<Token> tokens)
    {
        var result = new List<int>(tokens.Count);
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Type == TokenType.Word)
            {
                result.Add(k);
            }
        }

        return result;
    }

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

using TranslationQA.Core.Links;
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
public sealed class MtTrapCheck : ICheck
{
    private const double MaxPositionGap = 0.25;

    // Parsed once: this list is tested against every German word of every article, each word against the traps that
    // can match a word with its first letter (in the list's order, which decides which trap reports a word).
    private readonly CompiledTrap[] _wrong;
    private readonly Dictionary<char, CompiledTrap[]> _wrongByFirstLetter;
    private readonly CompiledTrap[] _wrongAnyLetter;
    private readonly CompiledTrap[] _expected;

    // For each expected-rendering trap, the wrong-rendering traps of its language that share one of its terms: found
    // once here instead of comparing every term of every trap again for every bead.
    private readonly CompiledTrap[][] _wrongOfExpected;

    /// <summary>A check with the traps of <paramref name="traps"/>.</summary>
    public MtTrapCheck(IReadOnlyList<Trap> traps)
    {
        _wrong = [.. traps.Where(t => !t.Expected).Select(CompiledTrap.Of)];
        _wrongAnyLetter = [.. _wrong.Where(t => t.FirstLetters is null)];
        _wrongByFirstLetter = _wrong.SelectMany(t => t.FirstLetters ?? new HashSet<char>()).Distinct()
            .ToDictionary(c => c, c => _wrong.Where(t => t.FirstLetters?.Contains(c) ?? true).ToArray());
        _expected = [.. traps.Where(t => t.Expected).Select(CompiledTrap.Of)];
        _wrongOfExpected = [.. _expected.Select(e => _wrong
            .Where(w => w.Trap.Lang == e.Trap.Lang && w.TermStems.Any(s => e.TermStems.Any(t => t.SequenceEqual(s))))
            .ToArray())];
    }

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
        var scope = new TrapScope(ArticleContext.For(analysis));
        return [.. WrongRenderings(scope), .. MissingRenderings(scope)];
    }

    /// <summary>"*x" inside a word, "x" at its start, a trailing "$" pins the end ("hof$" is Hof, not hoffen).</summary>
    internal static bool Renders(string rendering, string word) => TrapRendering.Of(rendering).Matches(word);

    private IEnumerable<Finding> WrongRenderings(TrapScope scope)
    {
        var context = scope.Context;
        var analysis = context.Analysis;
        var reported = new HashSet<int>();
        for (var t = 0; t < analysis.TargetSentences.Count; t++)
        {
            var sentence = analysis.TargetSentences[t];
            var pairIndex = context.PairOfTarget[t];
            var pair = pairIndex >= 0 ? analysis.Pairs[pairIndex] : null;
            TrapBead? bead = null;
            var tokens = context.TargetTokens[t];
            var lower = context.TargetLower[t];
            for (var k = 0; k < tokens.Count; k++)
            {
                var first = tokens[k];
                if (first.Type != TokenType.Word)
                {
                    continue;
                }

                foreach (var trap in lower[k].Length > 0 && _wrongByFirstLetter.TryGetValue(lower[k][0], out var candidates) ? candidates : _wrongAnyLetter)
                {
                    // The rendering test is cheap and rarely true, so it goes first; the source-term test stems.
                    var length = trap.MatchAt(lower, k);
                    if (length == 0 || reported.Contains(sentence.Span.Offset + first.Offset))
                    {
                        continue;
                    }

                    bead ??= pair is null ? TrapBead.OfSentence(context, t) : scope.Bead(pairIndex);
                    var term = trap.HasSourceTerm && trap.Trap.Lang == context.SourceLang && pair is not null ? trap.TermIn(bead.SourceStems) : null;
                    if ((trap.HasSourceTerm ? term is null : !trap.Trap.Standalone) || !scope.Allows(trap, bead)
                        || pair is not null && RendersOtherWord(analysis.Links[pairIndex], t, first.Offset, trap))
                    {
                        continue;
                    }

                    reported.Add(sentence.Span.Offset + first.Offset);
                    var last = tokens[k + length - 1];
                    yield return context.Finding(Rule, t, first.Offset, last.End - first.Offset,
                        $"\"{sentence.Text[first.Offset..last.End]}\": {trap.Trap.Advice}",
                        Escalate(trap.Trap.Severity, context.IsHeadline(t)), term, sourceSentence: pair?.Source.FirstOrDefault(),
                        evidence: Evidence("wrong", trap));
                }
            }
        }
    }

    /// <summary>Expected-rendering traps: a source term is in the bead but none of its right German renderings is.</summary>
    private IEnumerable<Finding> MissingRenderings(TrapScope scope)
    {
        var context = scope.Context;
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

            for (var x = 0; x < _expected.Length; x++)
            {
                var trap = _expected[x];
                if (trap.Trap.Lang != context.SourceLang)
                {
                    continue;
                }

                var bead = scope.Bead(p);
                var term = trap.TermIn(bead.SourceStems);
                // A wrong rendering of the same term already explains the bead (and was reported by its own row).
                if (term is null || !scope.Allows(trap, bead) || pair.Target.Any(t => trap.OccursIn(context.TargetLower[t]) || _wrongOfExpected[x].Any(w => w.OccursIn(context.TargetLower[t]))))
                {
                    continue;
                }

                var anchor = Anchor(analysis.Links[p], trap.TermStems);
                if (anchor is null)
                {
                    continue;
                }

                yield return context.Finding(Rule, anchor.Sentence, anchor.Word.Offset, anchor.Word.Length,
                    $"\"{anchor.Word.Surface}\" stands where the source has \"{term}\": {trap.Trap.Advice}",
                    Escalate(trap.Trap.Severity, context.IsHeadline(anchor.Sentence)), term, anchor.Word.Gloss, pair.Source[0],
                    Evidence("expected", trap));
            }
        }
    }

    /// <summary>
    /// Evidence class of a trap finding: the kind of row, the source language and the severity the row declares (rows a
    /// linguist marked minor are measured apart from those marked major or critical).
    /// </summary>
    private static string Evidence(string kind, CompiledTrap trap) =>
        $"{kind}-{trap.Trap.Lang}-{trap.Trap.Severity.ToString().ToLowerInvariant()}";

    /// <summary>
    /// True when the word links show the German word at <paramref name="offset"/> rendering a source word other than
    /// the trap's term while another German word renders the term ("eine Billion Dollar" for "$1 trillion" beside
    /// "600 Milliarden" for "600 billion"): then it is no wrong rendering of the term.
    /// </summary>
    private static bool RendersOtherWord(BeadLinks bead, int sentence, int offset, CompiledTrap trap)
    {
        bool IsTerm(SourceTerm s) => trap.TermStems.Any(term => term.Contains(s.Stem));
        for (var g = 0; g < bead.Target.Count; g++)
        {
            if (bead.Target[g].Sentence == sentence && bead.Target[g].Word.Offset == offset)
            {
                var sources = bead.OfTarget(g).Select(l => bead.Source[l.Source]).ToList();
                var termRenderedElsewhere = bead.TermLinks.Any(l => l.Target != g && IsTerm(bead.Source[l.Source]));
                return sources.Count > 0 && !sources.Exists(IsTerm) && termRenderedElsewhere;
            }
        }

        return false;
    }

    /// <summary>The German content word nearest the source term's place that renders no source word, if one is close.</summary>
    private static TargetTerm? Anchor(BeadLinks bead, string[][] termStems)
    {
        var term = bead.Source.FirstOrDefault(s => s.IsCompared && termStems.Any(t => t.Contains(s.Stem)));
        if (term is null)
        {
            return null;
        }

        return Enumerable.Range(0, bead.Target.Count)
            .Where(g => !bead.IsTargetLinked(g) && bead.Target[g].Role == WordRole.Content && bead.Target[g].Senses.Count > 0)
            .Select(g => (Word: bead.Target[g], Gap: Math.Abs(bead.Target[g].Position - term.Position)))
            .Where(c => c.Gap <= MaxPositionGap)
            .OrderBy(c => c.Gap)
            .Select(c => c.Word)
            .FirstOrDefault();
    }

    /// <summary>A wrong sense of a key word in the headline misleads every reader: a major trap there is critical.</summary>
    private static Severity Escalate(Severity severity, bool headline) =>
        severity == Severity.Major && headline ? Severity.Critical : severity;
}

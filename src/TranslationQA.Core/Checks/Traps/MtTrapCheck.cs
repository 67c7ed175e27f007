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
            var sourceStems = new Lazy<List<string>>(() => [.. sourceWords.Select(w => Stemmer.Stem(w, context.SourceLang))]);
            var beadWords = pair is null
                ? Words(sentence.Text).ToHashSet(StringComparer.Ordinal)
                : pair.Target.SelectMany(i => Words(analysis.TargetSentences[i].Text)).Concat(sourceWords).ToHashSet(StringComparer.Ordinal);
            foreach (var token in context.TargetTokens[t].Where(k => k.Type == TokenType.Word))
            {
                var lower = token.Text.ToLowerFast();
                foreach (var trap in traps)
                {
                    // The rendering test is cheap and rarely true, so it goes first; the source-term test stems.
                    if (!Renders(trap, lower) || reported.Contains(sentence.Span.Offset + token.Offset))
                    {
                        continue;
                    }

                    var applies = trap.SourceTerm.Count > 0
                        ? trap.Lang == context.SourceLang && pair is not null && ContainsTerm(sourceStems.Value, trap.SourceTerm, context.SourceLang)
                        : trap.Standalone;
                    if (!applies)
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
                    yield return context.Finding(Rule, t, token.Offset, token.Length, $"\"{token.Text}\": {trap.Advice}", Escalate(trap.Severity, context.IsHeadline(t)),
                        trap.SourceTerm.Count > 0 ? string.Join(' ', trap.SourceTerm) : null, sourceSentence: pair?.Source.FirstOrDefault());
                }
            }
        }
    }

    // A plain loop: this runs for every German word against every trap, so a LINQ closure here was a hot allocation.
    private static bool Renders(Trap trap, string word)
    {
        foreach (var rendering in trap.Renderings)
        {
            if (Renders(rendering, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"*x" inside a word, "x" at its start, a trailing "$" pins the end ("hof$" is Hof, not hoffen).</summary>
    internal static bool Renders(string rendering, string word)
    {
        var inside = rendering[0] == '*';
        var whole = rendering[^1] == '$';
        var core = rendering.AsSpan()[(inside ? 1 : 0)..(whole ? ^1 : ^0)];
        return (inside, whole) switch
        {
            (true, true) => word.AsSpan().EndsWith(core, StringComparison.Ordinal),
            (true, false) => word.AsSpan().Contains(core, StringComparison.Ordinal),
            (false, true) => word.AsSpan().SequenceEqual(core),
            // A short bare start would match unrelated longer words, so it only takes a few inflection letters.
            _ => word.AsSpan().StartsWith(core, StringComparison.Ordinal) && (core.Length >= 5 || word.Length <= core.Length + 3),
        };
    }

    /// <summary>A wrong sense of a key word in the headline misleads every reader: a major trap there is critical.</summary>
    private static Severity Escalate(Severity severity, bool headline) =>
        severity == Severity.Major && headline ? Severity.Critical : severity;

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
        Tokenizer.Words(text).Select(t => Stemmer.StripElision(t.Text.ToLowerFast()));
}

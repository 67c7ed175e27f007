using TranslationQA.Core.Links;
using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Alignment;

/// <summary>
/// TQA014: German content the source does not have: a German sentence with no source counterpart (page residue is left
/// to TQA012, so it is reported once), or a German sentence much longer than its source, with the run of German words
/// whose senses render nothing of the source (as for TQA015, runs alone carry no information: precision 0.07-0.15 on
/// wmt21-mqm-ende tune, 0.06-0.15 on wmt22-ced tune).
/// </summary>
public sealed class AdditionCheck : ICheck
{
    // z-score of the German length (LengthModel) at or above which the German is "long" (2.5 spreads: see TQA015).
    private const double LongZ = 2.5;

    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.Addition;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        if (!context.HasAlignment)
        {
            yield break;
        }

        for (var p = 0; p < analysis.Pairs.Count; p++)
        {
            var pair = analysis.Pairs[p];
            if (pair.Target.Any(t => context.IsResidueLine(analysis.TargetSentences[t].Line)))
            {
                continue;
            }

            if (pair.Kind == BeadKind.Addition)
            {
                foreach (var t in pair.Target)
                {
                    var sentence = analysis.TargetSentences[t];
                    var words = Tokenizer.Words(sentence.Text).Count();
                    yield return context.Finding(Rule, sentence.Span.Offset, sentence.Span.Length, "This sentence has no counterpart in the source.",
                        words >= 5 ? Rule.DefaultSeverity : Severity.Minor, evidence: words >= 5 ? "sentence" : "short-sentence");
                }
            }
            else if (analysis.Links[p] is { HasGlosses: true } bead && pair.Source.Count > 0)
            {
                if (Inside(context, bead) is { } finding)
                {
                    yield return finding;
                }
            }
        }
    }

    private Finding? Inside(ArticleContext context, BeadLinks bead)
    {
        var analysis = context.Analysis;
        var run = WordRuns.Longest(WordRuns.Target(bead));
        var longGerman = LinkEvidence.LengthZ(analysis, bead.Pair) >= LongZ;
        if (!longGerman)
        {
            return null;
        }

        var evidence = LinkEvidence.RunClass(run?.Count ?? 0, longGerman ? "long" : null);
        if (run is not { } r)
        {
            var first = analysis.TargetSentences[bead.Pair.Target[0]];
            return context.Finding(Rule, first.Span.Offset, first.Span.Length,
                "The German sentence is much longer than its source: it may say more than the source.",
                Severity.Critical, context.SourceText(bead.Pair), sourceSentence: bead.Pair.Source[0], evidence: evidence);
        }

        var a = bead.Target[r.First];
        var b = bead.Target[r.Last];
        var start = analysis.TargetSentences[a.Sentence].Span.Offset + a.Word.Offset;
        var end = analysis.TargetSentences[b.Sentence].Span.Offset + b.Word.Offset + b.Word.Length;
        var gloss = string.Join(' ', Enumerable.Range(r.First, r.Last - r.First + 1)
            .Select(i => bead.Target[i]).Where(t => t.IsCompared).Select(t => t.Word.Gloss ?? t.Word.Surface));
        return context.Finding(Rule, start, end - start,
            $"No source word is rendered by \"{analysis.Article.Target[start..end]}\" ({gloss}){(longGerman ? "; the German sentence is also much longer than its source" : "")}.",
            Severity.Critical, context.SourceText(bead.Pair), gloss, bead.Pair.Source[0], evidence);
    }
}

using TranslationQA.Core.Links;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Checks.Alignment;

/// <summary>
/// TQA015: source words of an aligned sentence that no German word renders: a run of at least three content words
/// without counterpart (a clause the translation dropped), or a German sentence much shorter than its source. The
/// mark stands in the German where the lost words belong; the evidence class (run length, length) decides the
/// severity the finding has earned.
/// </summary>
public sealed class ContentLossCheck : ICheck
{
    // A run of two unlinked words is in most faithful translations (a paraphrase, a sense the dictionary lacks);
    // from three on a run is reported, and calibration decides from which length it is more than minor.
    private const int MinRun = 3;

    // z-score of the German length (LengthModel) at or below which the German is "short": 2.5 spreads below the mean
    // leaves about one faithful English-German pair in 160 (normal tail), and wmt22-ced tune half agrees (0.6 %).
    private const double ShortZ = -2.5;

    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.ContentLoss;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        for (var p = 0; p < analysis.Pairs.Count; p++)
        {
            var pair = analysis.Pairs[p];
            var bead = analysis.Links[p];
            if (pair.Kind is not (BeadKind.OneToOne or BeadKind.OneToTwo or BeadKind.TwoToOne) || !bead.HasGlosses
                || pair.Target.Any(t => context.IsResidueLine(analysis.TargetSentences[t].Line)))
            {
                continue;
            }

            var run = WordRuns.Longest(WordRuns.Source(bead));
            var shortGerman = LinkEvidence.LengthZ(analysis, pair) <= ShortZ;
            if (run is not { Count: >= MinRun } && !shortGerman)
            {
                continue;
            }

            var evidence = LinkEvidence.RunClass(run?.Count ?? 0, shortGerman ? "short" : null);
            if (run is { } r)
            {
                var words = LinkEvidence.SourceWords(analysis, bead, r.First, r.Last);
                yield return context.Finding(Rule, LinkEvidence.MissingAt(analysis, bead, r.First, r.Last), 0,
                    $"No German word renders \"{words}\" of the source{(shortGerman ? "; the German sentence is also much shorter than its source" : "")}.",
                    Severity.Critical, words, sourceSentence: bead.Source[r.First].Sentence, evidence: evidence);
            }
            else
            {
                var first = analysis.TargetSentences[pair.Target[0]];
                yield return context.Finding(Rule, first.Span.Offset, first.Span.Length,
                    "The German sentence is much shorter than its source: part of the source may be missing.",
                    Severity.Critical, context.SourceText(pair), sourceSentence: pair.Source[0], evidence: evidence);
            }
        }
    }
}

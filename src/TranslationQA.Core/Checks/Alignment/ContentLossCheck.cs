using TranslationQA.Core.Links;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Checks.Alignment;

/// <summary>
/// TQA015: a German sentence much shorter than its source, with the source words that no German word renders (the
/// longest run of them, a clause the translation dropped), or a sentence of whose source most content words nothing
/// in the German renders (class "most", for every source language). The mark stands in the German where the lost words belong;
/// the evidence class (run length) decides the severity the finding has earned. Runs of unrendered words alone are
/// not reported: in faithful translations they are paraphrases or senses the dictionary lacks about as often as in
/// faulty ones (runs of 3 to 6+ words: precision 0.12-0.21 on wmt21-mqm-ende tune, 0.08-0.13 on wmt22-ced tune,
/// against prevalences of 0.15 and 0.055); with a short German sentence they are (0.75-0.78 on wmt22-ced tune).
/// </summary>
public sealed class ContentLossCheck : ICheck
{
    // z-score of the German length (LengthModel) at or below which the German is "short": 2.5 spreads below the mean
    // leaves about one faithful English-German pair in 160 (normal tail), and wmt22-ced tune half agrees (0.6 %).
    private const double ShortZ = -2.5;

    // "Most" of the source unrendered: at most a third of at least six compared words linked (the rule's threshold
    // before the word links, kept; its precision is measured as its own class).
    private const int MinCompared = 6;
    private const double MaxLinkedShare = 0.34;

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
            var (compared, linked) = bead.SourceCoverage();
            var most = compared >= MinCompared && linked <= MaxLinkedShare * compared;
            if (!shortGerman && !most)
            {
                continue;
            }

            var evidence = shortGerman ? LinkEvidence.RunClass(run?.Count ?? 0, "short") : "most";
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

using TranslationQA.Core.Checks.Mistranslation;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Checks.Alignment;

/// <summary>TQA015: an aligned German sentence that renders less than a third of its source's content words.</summary>
public sealed class ContentLossCheck : ICheck
{
    private const int MinContentWords = 6;
    private const double MaxCoveredShare = 0.34;

    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.ContentLoss;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        foreach (var pair in analysis.Pairs.Where(p => p.Kind is BeadKind.OneToOne or BeadKind.OneToTwo or BeadKind.TwoToOne))
        {
            var words = context.PairWords(pair);
            if (!words.HasGlosses || words.Source.Count < MinContentWords)
            {
                continue;
            }

            var covered = words.Source.Count(words.Covers);
            if (covered > MaxCoveredShare * words.Source.Count)
            {
                continue;
            }

            var missing = words.Source.Where(w => !words.Covers(w)).Select(w => w.Text).Take(8);
            var first = analysis.TargetSentences[pair.Target[0]];
            yield return context.Finding(Rule, first.Span.Offset, first.Span.Length,
                $"Only {covered} of {words.Source.Count} content words of the source are rendered; missing e.g. {string.Join(", ", missing)}.",
                sourceText: context.SourceText(pair), sourceSentence: pair.Source[0]);
        }
    }
}

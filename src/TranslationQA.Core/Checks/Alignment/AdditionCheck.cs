using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Alignment;

/// <summary>TQA014: a German sentence with no source counterpart (page residue is left to TQA012, so it is reported once).</summary>
public sealed class AdditionCheck : ICheck
{
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

        foreach (var pair in analysis.Pairs.Where(p => p.Kind == BeadKind.Addition))
        {
            foreach (var t in pair.Target)
            {
                var sentence = analysis.TargetSentences[t];
                if (context.IsResidueLine(sentence.Line))
                {
                    continue;
                }

                var words = Tokenizer.Words(sentence.Text).Count();
                yield return context.Finding(Rule, sentence.Span.Offset, sentence.Span.Length, "This sentence has no counterpart in the source.",
                    words >= 5 ? Rule.DefaultSeverity : Severity.Minor);
            }
        }
    }
}

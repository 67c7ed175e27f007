using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Typography;

/// <summary>TQA018: a quotation mark or bracket opened but not closed in its paragraph, or closed without opening.</summary>
public sealed class UnbalancedPairsCheck : ICheck
{
    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.Unbalanced;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        foreach (var line in context.ContentLines())
        {
            foreach (var pair in QuoteScanner.Scan(line.Text).Where(p => p.Open < 0 || p.Close < 0))
            {
                var at = pair.Open >= 0 ? pair.Open : pair.Close;
                yield return context.Finding(Rule, line.Offset + at, 1, pair.Open >= 0
                    ? $"\"{line.Text[at]}\" is opened but never closed in this paragraph."
                    : $"\"{line.Text[at]}\" closes nothing in this paragraph.");
            }
        }
    }
}

using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Typography;

/// <summary>TQA017: quotations in a style other than the article's dominant one („…“ vs “…” vs »…«).</summary>
public sealed class MixedQuotesCheck : ICheck
{
    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.MixedQuotes;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        var quotes = new List<(TextLine Line, MarkPair Pair)>();
        foreach (var line in TextLines.Enumerate(analysis.Article.Target))
        {
            if (!context.IsResidueLine(line.Number))
            {
                quotes.AddRange(QuoteScanner.Scan(line.Text).Where(p => p.Style is not null && p.Open >= 0 && p.Close >= 0).Select(p => (line, p)));
            }
        }

        var styles = quotes.GroupBy(q => q.Pair.Style).OrderByDescending(g => g.Count()).ToList();
        if (styles.Count < 2)
        {
            yield break;
        }

        var dominant = styles[0].Key;
        foreach (var (line, pair) in quotes.Where(q => q.Pair.Style != dominant))
        {
            yield return context.Finding(Rule, line.Offset + pair.Open, pair.Close - pair.Open + 1,
                $"Quotation in {pair.Style} style while the article mostly uses {dominant} style.");
        }
    }
}

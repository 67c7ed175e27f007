using TranslationQA.Core.Model;

namespace TranslationQA.Core.Checks;

/// <summary>TQA012: web-page boilerplate left in the article (critical: it must never be published).</summary>
public sealed class PageResidueCheck : ICheck
{
    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.PageResidue;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        foreach (var line in context.Residue)
        {
            yield return context.Finding(Rule, line.Offset, line.Length, $"Not article content: {line.Reason}.");
        }
    }
}

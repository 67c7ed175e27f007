using TranslationQA.Core.Model;

namespace TranslationQA.Core.Checks;

/// <summary>A check: one rule of the catalogue, run on an analysed article.</summary>
public interface ICheck
{
    /// <summary>The rule this check raises.</summary>
    RuleDescriptor Rule { get; }

    /// <summary>Finds the rule's errors in <paramref name="analysis"/>.</summary>
    IEnumerable<Finding> Run(ArticleAnalysis analysis);
}

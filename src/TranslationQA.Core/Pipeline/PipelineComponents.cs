using TranslationQA.Core.Alignment;
using TranslationQA.Core.BackTranslation;
using TranslationQA.Core.Checks;
using TranslationQA.Core.Diffing;
using TranslationQA.Core.Findings;
using TranslationQA.Core.Segmentation;

namespace TranslationQA.Core.Pipeline;

/// <summary>The stages the pipeline runs, one implementation per seam, and the policy that sets the findings' severities.</summary>
public sealed record PipelineComponents(
    ISentenceSegmenter Segmenter,
    IBackTranslator Translator,
    ISentenceAligner Aligner,
    ISentenceDiffer Differ,
    IReadOnlyList<ICheck> Checks,
    SeverityPolicy? Policy = null)
{
    /// <summary>The severity policy in use: the built-in measurement unless another was given.</summary>
    public SeverityPolicy SeverityPolicy => Policy ?? SeverityPolicy.Measured;
}

/// <summary>The standard stages around a chosen engine and check list.</summary>
public static class PipelineFactory
{
    /// <summary>Rule-based segmenter, Bleualign-style aligner and DiffPlex word differ around <paramref name="translator"/>.</summary>
    public static PipelineComponents Components(IBackTranslator translator, IReadOnlyList<ICheck> checks, SeverityPolicy? policy = null) =>
        new(new RuleBasedSentenceSegmenter(), translator, new BleualignSentenceAligner(), new WordDiffer(), checks, policy);
}

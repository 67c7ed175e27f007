using TranslationQA.Core.Alignment;
using TranslationQA.Core.BackTranslation;
using TranslationQA.Core.Checks;
using TranslationQA.Core.Diffing;
using TranslationQA.Core.Segmentation;

namespace TranslationQA.Core.Pipeline;

/// <summary>The stages the pipeline runs, one implementation per seam.</summary>
public sealed record PipelineComponents(
    ISentenceSegmenter Segmenter,
    IBackTranslator Translator,
    ISentenceAligner Aligner,
    ISentenceDiffer Differ,
    IReadOnlyList<ICheck> Checks);

/// <summary>The standard stages around a chosen engine and check list.</summary>
public static class PipelineFactory
{
    /// <summary>Rule-based segmenter, Bleualign-style aligner and DiffPlex word differ around <paramref name="translator"/>.</summary>
    public static PipelineComponents Components(IBackTranslator translator, IReadOnlyList<ICheck> checks) =>
        new(new RuleBasedSentenceSegmenter(), translator, new BleualignSentenceAligner(), new WordDiffer(), checks);
}

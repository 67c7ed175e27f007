using TranslationQA.Core.Model;

namespace TranslationQA.Core.Alignment;

/// <summary>Aligns source sentences with target sentences through the back-translation of the targets.</summary>
public interface ISentenceAligner
{
    /// <summary>
    /// Returns beads covering every source and target sentence exactly once, in document order.
    /// <paramref name="backTranslations"/> has one entry per target sentence.
    /// </summary>
    IReadOnlyList<AlignedPair> Align(
        IReadOnlyList<Sentence> source,
        IReadOnlyList<Sentence> target,
        IReadOnlyList<SentenceBackTranslation> backTranslations);
}

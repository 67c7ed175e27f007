using TranslationQA.Core.Model;

namespace TranslationQA.Core.Alignment;

/// <summary>
/// Sentence aligner in the manner of Bleualign (Sennrich &amp; Volk 2010): source sentences are compared with the
/// back-translations of the target sentences by a lexical similarity, and dynamic programming over 1:1, 1:2,
/// 2:1, 1:0 and 0:1 beads picks the cheapest monotone alignment. A Gale-Church length prior breaks ties, and
/// beads inside paragraphs (lines) that demonstrably correspond get a bonus. Runs in O(n·m).
/// </summary>
public sealed class BleualignSentenceAligner : ISentenceAligner
{
    private readonly AlignerOptions _options;

    /// <summary>An aligner with default costs.</summary>
    public BleualignSentenceAligner()
        : this(new AlignerOptions())
    {
    }

    /// <summary>An aligner with the given costs.</summary>
    public BleualignSentenceAligner(AlignerOptions options) => _options = options;

    /// <inheritdoc />
    public IReadOnlyList<AlignedPair> Align(
        IReadOnlyList<Sentence> source,
        IReadOnlyList<Sentence> target,
        IReadOnlyList<SentenceBackTranslation> backTranslations)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(backTranslations);
        if (backTranslations.Count != target.Count)
        {
            throw new ArgumentException(
                $"Expected one back-translation per target sentence ({target.Count}), got {backTranslations.Count}.",
                nameof(backTranslations));
        }

        var model = new SimilarityModel(source, backTranslations);
        var scorer = new BeadScorer(source, target, model, _options);
        return new AlignmentSearch(source.Count, target.Count, scorer).Run();
    }
}

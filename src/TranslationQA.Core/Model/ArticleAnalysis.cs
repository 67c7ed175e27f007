namespace TranslationQA.Core.Model;

/// <summary>
/// Everything the pipeline knows about one article before the checks run: the input of every <c>ICheck</c>.
/// </summary>
/// <param name="Article">The article.</param>
/// <param name="SourceSentences">Source sentences (empty for a target-only article).</param>
/// <param name="TargetSentences">German target sentences.</param>
/// <param name="BackTranslations">One per target sentence, same order.</param>
/// <param name="Pairs">Alignment beads in document order (empty for a target-only article).</param>
/// <param name="Diffs">One per bead, same order: source against back-translation (empty diff for omissions/additions).</param>
/// <param name="BackTranslationLang">Language the back-translation is in (the source language).</param>
/// <param name="IsLexicalGloss">True when the back-translation is a word-by-word lexical gloss, not a machine translation.</param>
public sealed record ArticleAnalysis(
    Article Article,
    IReadOnlyList<Sentence> SourceSentences,
    IReadOnlyList<Sentence> TargetSentences,
    IReadOnlyList<SentenceBackTranslation> BackTranslations,
    IReadOnlyList<AlignedPair> Pairs,
    IReadOnlyList<SentenceDiff> Diffs,
    string BackTranslationLang,
    bool IsLexicalGloss)
{
    private TextIndex? _targetIndex;
    private IReadOnlyList<Links.BeadLinks>? _links;

    /// <summary>
    /// The word links of each bead, same order as <see cref="Pairs"/>: which German word renders which source word.
    /// Computed from the analysis on first use unless given.
    /// </summary>
    public IReadOnlyList<Links.BeadLinks> Links
    {
        get => _links ??= [.. Pairs.Select(p => Core.Links.WordLinker.Link(this, p))];
        init => _links = value;
    }

    /// <summary>Line/column lookup over the target text.</summary>
    public TextIndex TargetIndex => _targetIndex ??= new TextIndex(Article.Target);

    /// <summary>Builds a span in the target text from a 0-based offset and length.</summary>
    public TextSpan TargetSpan(int offset, int length) => TargetIndex.Span(offset, length);
}

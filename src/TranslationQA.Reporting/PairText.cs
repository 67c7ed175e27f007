using TranslationQA.Core.Model;

namespace TranslationQA.Reporting;

/// <summary>The texts on each side of an alignment bead, joined the way reports show them.</summary>
public static class PairText
{
    /// <summary>The bead's source sentences joined by a space (empty for an addition).</summary>
    public static string Source(ArticleAnalysis analysis, AlignedPair pair) =>
        string.Join(' ', pair.Source.Where(i => i < analysis.SourceSentences.Count).Select(i => analysis.SourceSentences[i].Text));

    /// <summary>The bead's German sentences joined by a space (empty for an omission).</summary>
    public static string Target(ArticleAnalysis analysis, AlignedPair pair) =>
        string.Join(' ', pair.Target.Where(i => i < analysis.TargetSentences.Count).Select(i => analysis.TargetSentences[i].Text));

    /// <summary>The back-translations of the bead's German sentences joined by a space.</summary>
    public static string BackTranslation(ArticleAnalysis analysis, AlignedPair pair) =>
        string.Join(' ', pair.Target.Where(i => i < analysis.BackTranslations.Count).Select(i => analysis.BackTranslations[i].Text));
}

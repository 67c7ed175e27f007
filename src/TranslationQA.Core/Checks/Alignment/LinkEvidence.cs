using TranslationQA.Core.Links;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Checks.Alignment;

/// <summary>What the word links of a bead say about content lost or added: the shared evidence of TQA014 and TQA015.</summary>
internal static class LinkEvidence
{
    /// <summary>
    /// The evidence class of a run of <paramref name="words"/> words without counterpart, with the length evidence
    /// (<paramref name="lengthTag"/>) appended: the classes whose precision calibration measures.
    /// </summary>
    public static string RunClass(int words, string? lengthTag)
    {
        var bucket = words switch
        {
            0 => "none",
            <= 2 => "r2",
            3 => "r3",
            <= 5 => "r4",
            _ => "r6",
        };
        return lengthTag is null ? bucket : $"{bucket}-{lengthTag}";
    }

    /// <summary>Standard score of the bead's German length against its source length (null when it says nothing).</summary>
    public static double? LengthZ(ArticleAnalysis analysis, AlignedPair pair) =>
        LengthModel.Z(
            pair.Source.Sum(i => analysis.SourceSentences[i].Text.Length) + pair.Source.Count - 1,
            pair.Target.Sum(t => analysis.TargetSentences[t].Text.Length) + pair.Target.Count - 1,
            analysis.BackTranslationLang);

    /// <summary>The source words of terms <paramref name="first"/> to <paramref name="last"/> as written.</summary>
    public static string SourceWords(ArticleAnalysis analysis, BeadLinks bead, int first, int last)
    {
        var a = bead.Source[first];
        var b = bead.Source[last];
        var text = analysis.SourceSentences[a.Sentence].Text;
        return a.Sentence == b.Sentence ? text[a.Offset..(b.Offset + b.Length)] : text[a.Offset..];
    }

    /// <summary>
    /// Where in the German text content of source terms <paramref name="first"/>..<paramref name="last"/> is missing:
    /// right after the German word that renders the nearest linked source word before them, else right before the one
    /// that renders the nearest after them, else the start of the bead's German.
    /// </summary>
    public static int MissingAt(ArticleAnalysis analysis, BeadLinks bead, int first, int last)
    {
        for (var s = first - 1; s >= 0; s--)
        {
            if (bead.OfSource(s).Select(l => bead.Target[l.Target]).OrderByDescending(t => t.Word.Offset).FirstOrDefault() is { } before)
            {
                return analysis.TargetSentences[before.Sentence].Span.Offset + before.Word.Offset + before.Word.Length;
            }
        }

        for (var s = last + 1; s < bead.Source.Count; s++)
        {
            if (bead.OfSource(s).Select(l => bead.Target[l.Target]).OrderBy(t => t.Word.Offset).FirstOrDefault() is { } after)
            {
                return analysis.TargetSentences[after.Sentence].Span.Offset + after.Word.Offset;
            }
        }

        return analysis.TargetSentences[bead.Pair.Target[0]].Span.Offset;
    }
}

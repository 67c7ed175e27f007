using TranslationQA.Core.Model;

namespace TranslationQA.Core.Pipeline;

/// <summary>
/// Completes a finding's evidence from the analysis: a finding without a back-translation gets the back-translation
/// of the German words it covers, so every report can show what the German says in the source language.
/// </summary>
internal static class FindingEvidence
{
    public static Finding Complete(ArticleAnalysis analysis, Finding finding)
    {
        if (finding.BackTranslation is not null)
        {
            return finding;
        }

        var span = finding.Span;
        for (var i = 0; i < analysis.TargetSentences.Count; i++)
        {
            var sentence = analysis.TargetSentences[i].Span;
            if (span.Offset < sentence.Offset || span.End > sentence.End)
            {
                continue;
            }

            var start = span.Offset - sentence.Offset;
            var words = analysis.BackTranslations[i].Words
                .Where(w => w.Offset < start + span.Length && w.Offset + w.Length > start && w.Kind != TokenKind.Punctuation)
                .Select(w => w.Gloss ?? w.Surface)
                .ToList();
            return words.Count == 0 ? finding : finding with { BackTranslation = string.Join(' ', words) };
        }

        return finding;
    }
}

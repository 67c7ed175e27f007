using TranslationQA.Core.Model;
using TranslationQA.Core.Segmentation;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Residue;

/// <summary>
/// With a source, the headline is the German rendering of the first source sentence. Short lines above it that have
/// no counterpart in the source (a site name, a menu entry, "Search me now" translated word for word) are page
/// chrome, not article content, whatever their wording, so no vocabulary list is needed to catch them.
/// </summary>
internal static class LeadingChrome
{
    /// <summary>Longer lines may be a genuine kicker or dek the source lacks; those are left to the addition check.</summary>
    private const int MaxWords = 6;

    public static IEnumerable<ResidueLine> Find(ArticleAnalysis analysis)
    {
        var headline = analysis.Pairs.FirstOrDefault(p => p.Source.Contains(0) && p.Target.Count > 0);
        if (headline is null)
        {
            yield break;
        }

        var added = analysis.Pairs.Where(p => p.Kind == BeadKind.Addition).SelectMany(p => p.Target).ToHashSet();
        var headlineLine = analysis.TargetSentences[headline.Target[0]].Line;
        var lines = TextLines.Enumerate(analysis.Article.Target).TakeWhile(l => l.Number < headlineLine).ToDictionary(l => l.Number);
        foreach (var line in analysis.TargetSentences.Where(s => s.Line < headlineLine).GroupBy(s => s.Line))
        {
            var text = lines[line.Key].Text.Trim();
            if (line.All(s => added.Contains(s.Index)) && Tokenizer.Words(text).Count() <= MaxWords
                && !CharClasses.EndsWithStop(text))
            {
                yield return ResidueLine.For(lines[line.Key], "page header above the headline, with no counterpart in the source");
            }
        }
    }
}

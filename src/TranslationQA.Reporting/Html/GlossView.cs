using System.Text;
using TranslationQA.Core.Links;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Html;

/// <summary>
/// The back-translation cell of a bead whose engine glossed word by word: each German word's gloss in German order,
/// with its evidence on hover or focus ("Berufungsverfahren → appeal proceedings; the source says appel"). The
/// glosses of German words that render nothing of the source are marked, so the page marks only real gaps: source
/// words without counterpart (struck in the source cell) and German words without source (marked here).
/// </summary>
internal static class GlossView
{
    /// <summary>True when every German sentence of <paramref name="targets"/> has word glosses to show.</summary>
    public static bool CanRender(ArticleAnalysis analysis, IReadOnlyList<int> targets) =>
        targets.Count > 0 && targets.All(t => t < analysis.BackTranslations.Count && analysis.BackTranslations[t].Words.Count > 0);

    /// <summary>Appends the glosses of German sentences <paramref name="targets"/> with the links of bead <paramref name="links"/>.</summary>
    public static void Append(StringBuilder html, ArticleAnalysis analysis, BeadLinks? links, IReadOnlyList<int> targets)
    {
        var byWord = (links?.Links ?? []).ToLookup(l => (l.TargetSentence, l.TargetOffset));
        for (var k = 0; k < targets.Count; k++)
        {
            var t = targets[k];
            html.Append(k > 0 ? " " : "");
            var previousEnd = 0;
            var first = true;
            foreach (var w in analysis.BackTranslations[t].Words)
            {
                if (!first && w.Offset > previousEnd)
                {
                    html.Append(' ');
                }

                first = false;
                previousEnd = w.Offset + w.Length;
                AppendWord(html, analysis, w, byWord[(t, w.Offset)].ToList(), links is not null && analysis.Pairs.Count > 0);
            }
        }
    }

    private static void AppendWord(StringBuilder html, ArticleAnalysis analysis, WordGloss w, List<WordLink> links, bool hasSource)
    {
        var gloss = w.Gloss ?? w.Surface;
        if (w.Kind == TokenKind.Punctuation)
        {
            HtmlText.Append(html, gloss);
            return;
        }

        var sources = links.Select(l => analysis.SourceSentences[l.SourceSentence].Text.Substring(l.SourceOffset, l.SourceLength)).Distinct().ToList();
        var gap = hasSource && sources.Count == 0 && w.Kind != TokenKind.Function;
        var title = sources.Count > 0 ? $"{w.Surface} → {gloss}; the source says {string.Join(" ", sources)}"
            : gap ? $"{w.Surface} → {gloss}; renders nothing of the source"
            : $"{w.Surface} → {gloss}";
        html.Append(gap ? "<ins class=\"gap\"" : "<span class=\"w\"").Append(" tabindex=\"0\" title=\"").Append(HtmlText.Encode(title)).Append("\">");
        HtmlText.Append(html, gloss);
        html.Append(gap ? "</ins>" : "</span>");
    }
}

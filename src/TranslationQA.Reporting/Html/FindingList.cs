using System.Text;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Html;

/// <summary>The list of findings at the top of an article page, with its (script-enabled) filters and decisions.</summary>
internal static class FindingList
{
    public static void Append(StringBuilder html, ArticleResult article, ArticleAnalysis analysis, AlignmentTable layout)
    {
        var findings = article.Findings;
        html.Append("<section aria-labelledby=\"h-findings\">\n<h2 id=\"h-findings\">Findings (")
            .Append(findings.Count).Append(")</h2>\n");
        DecisionControls.AppendDownloadBar(html);
        if (findings.Count == 0)
        {
            html.Append("<p>No findings.</p>\n</section>\n");
            return;
        }

        html.Append("<div class=\"filters\" data-finding-filters hidden><fieldset><legend>Severity</legend>");
        foreach (var severity in ReportNames.SeveritiesWorstFirst)
        {
            var name = ReportNames.Of(severity);
            html.Append("<label><input type=\"checkbox\" name=\"severity\" value=\"").Append(name)
                .Append("\" checked> ").Append(name).Append("</label>");
        }

        html.Append("</fieldset><label>Category <select><option value=\"\">all</option>");
        foreach (var category in findings.Select(f => f.Category).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var encoded = HtmlText.Encode(category);
            html.Append("<option value=\"").Append(encoded).Append("\">").Append(encoded).Append("</option>");
        }

        html.Append("</select></label><label>Decision <select data-decision-filter><option value=\"\">all</option>")
            .Append("<option value=\"open\">open</option><option value=\"not-an-error\">not an error</option>")
            .Append("<option value=\"confirmed\">confirmed</option></select></label>")
            .Append("<span data-count aria-live=\"polite\"></span></div>\n<ol class=\"findings\" data-article=\"")
            .Append(HtmlText.Encode(article.Id)).Append("\">\n");
        var fingerprints = FindingFingerprint.ForArticle(article);
        var gloss = analysis.IsLexicalGloss ? "Lexical gloss" : "Back-translation";
        // Ranked: the worst and surest first (severity, then the measured precision of the kind of finding); the
        // numbers stay those of the text order, which the marks in the sentences carry.
        var ranked = Enumerable.Range(0, findings.Count)
            .OrderByDescending(i => findings[i].Severity).ThenByDescending(i => findings[i].Confidence ?? -1).ThenBy(i => i);
        foreach (var i in ranked)
        {
            var n = ArticlePage.N(i + 1);
            var f = findings[i];
            var severity = ReportNames.Of(f.Severity);
            html.Append("<li class=\"finding sev-").Append(severity).Append(f.Counts ? "" : " suppressed").Append("\" id=\"finding-").Append(n)
                .Append("\" tabindex=\"-1\" data-finding=\"").Append(n).Append("\" data-severity=\"").Append(severity)
                .Append("\" data-category=\"").Append(HtmlText.Encode(f.Category)).Append('"');
            DecisionControls.AppendAttributes(html, f, fingerprints[i]);
            html.Append(">\n<div class=\"head\">")
                .Append("<span class=\"num\">#").Append(n).Append("</span> <span class=\"badge sev-").Append(severity)
                .Append("\">").Append(severity).Append("</span>");
            DecisionControls.AppendBadges(html, f);
            html.Append(" <code>").Append(HtmlText.Encode(f.RuleId))
                .Append("</code> <span>").Append(HtmlText.Encode(f.Category)).Append("</span> ");
            // A unit id comes from the XLIFF file: encoded like any text of the input.
            var location = HtmlText.Encode($"line {f.Span.Line}, column {f.Span.Column}" + (f.Unit is { } unit ? $", {unit.Describe()}" : ""));
            if (layout.HasAnchor(i + 1))
            {
                html.Append("<a href=\"#mark-").Append(n).Append("\">Show in text (").Append(location).Append(")</a>");
            }
            else
            {
                html.Append("<span>").Append(location).Append("</span>");
            }

            html.Append("</div>\n<p class=\"msg\">").Append(HtmlText.Encode(f.Message));
            if (f.Confidence is { } confidence)
            {
                html.Append(" <span class=\"confidence\" title=\"the share of findings of this kind that experts confirmed on labelled data\">(confidence ")
                    .Append(confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)).Append(")</span>");
            }

            html.Append("</p>\n<dl class=\"evidence\">");
            Evidence(html, "German", f.TargetText, analysis.Article.TargetLang);
            Evidence(html, "Source", f.SourceText, analysis.Article.SourceLang);
            Evidence(html, gloss, f.BackTranslation, analysis.BackTranslationLang);
            Evidence(html, "Unit with its codes", f.Unit?.Tagged, analysis.Article.TargetLang);
            html.Append("</dl>\n");
            DecisionControls.AppendControls(html, f);
            html.Append("</li>\n");
        }

        html.Append("</ol>\n</section>\n");
    }

    private static void Evidence(StringBuilder html, string name, string? value, string lang)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        html.Append("<dt>").Append(name).Append("</dt><dd lang=\"").Append(HtmlText.Encode(lang)).Append("\">")
            .Append(HtmlText.Encode(value)).Append("</dd>");
    }
}

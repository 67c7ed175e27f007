using System.Globalization;
using System.Text;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Html;

/// <summary>Renders articles/&lt;safe-id&gt;.html: findings list, filters and the aligned sentence table.</summary>
internal static class ArticlePage
{
    /// <summary>Neighbours for the previous/next links: (id, safe id) or null at either end.</summary>
    public sealed record Neighbours((string Id, string SafeId)? Previous, (string Id, string SafeId)? Next);

    /// <summary>The page; written out from the builder's chunks, a long article's page never becomes one large string.</summary>
    public static StringBuilder Render(RunStart run, ArticleResult article, Neighbours neighbours, DateTimeOffset generatedAt)
    {
        var html = new StringBuilder();
        HtmlPage.Begin(html, $"{article.Id} \u2013 TranslationQA", "page-article");
        AppendHeader(html, run, article, neighbours);
        html.Append("<main id=\"main\">\n");
        if (article.Analysis is not { } analysis)
        {
            html.Append("<p class=\"error-box\" role=\"alert\"><strong>This article could not be checked.</strong> ")
                .Append(HtmlText.Encode(article.Error ?? "No reason was recorded.")).Append("</p>\n");
        }
        else
        {
            var layout = new AlignmentTable(analysis, article.Findings);
            FindingList.Append(html, article, analysis, layout);
            layout.Append(html);
        }

        html.Append("</main>\n");
        HtmlPage.End(html, run.ToolVersion, generatedAt);
        return html;
    }

    private static void AppendHeader(StringBuilder html, RunStart run, ArticleResult article, Neighbours neighbours)
    {
        var verdict = ReportNames.Of(article.Verdict);
        html.Append("<header>\n<nav class=\"nav\" aria-label=\"Articles\"><a href=\"../index.html\">All articles</a>");
        if (neighbours.Previous is { } prev)
        {
            html.Append("<a rel=\"prev\" href=\"").Append(prev.SafeId).Append(".html\">\u2190 Previous: ")
                .Append(HtmlText.Encode(prev.Id)).Append("</a>");
        }

        if (neighbours.Next is { } next)
        {
            html.Append("<a rel=\"next\" href=\"").Append(next.SafeId).Append(".html\">Next: ")
                .Append(HtmlText.Encode(next.Id)).Append(" \u2192</a>");
        }

        html.Append("</nav>\n<h1><code>").Append(HtmlText.Encode(article.Id)).Append("</code> <span class=\"verdict v-")
            .Append(verdict).Append("\">").Append(verdict).Append("</span></h1>\n<dl class=\"meta\">\n");
        Meta(html, "File", article.Path);
        if (article.Analysis is { } analysis)
        {
            var a = analysis.Article;
            Meta(html, "Languages", a.HasSource ? $"{a.SourceLang} \u2192 {a.TargetLang}" : $"{a.TargetLang} only (no source text; source language {a.SourceLang})");
            Meta(html, "MQM score", $"{article.Score.ToString("0.0", RunSummary.Culture)} penalty points per 1,000 words");
            Meta(html, "Words", RunSummary.Number(article.WordCount));
            var c = ReportNames.Count(article.Findings);
            Meta(html, "Findings", $"{c.Total} ({c.Critical} critical, {c.Major} major, {c.Minor} minor)"
                + (c.Suppressed > 0 ? $" and {c.Suppressed} suppressed" : ""));
            Meta(html, "Back-translation", analysis.IsLexicalGloss
                ? $"lexical gloss into {analysis.BackTranslationLang} by {run.Engine} (word by word, not a translation)"
                : $"machine translation into {analysis.BackTranslationLang} by {run.Engine}");
        }

        html.Append("</dl>\n</header>\n");
    }

    private static void Meta(StringBuilder html, string name, string value) =>
        html.Append("<dt>").Append(name).Append("</dt><dd>").Append(HtmlText.Encode(value)).Append("</dd>\n");

    /// <summary>The label of the back-translation column: honest about a word-by-word gloss.</summary>
    public static string BackTranslationLabel(ArticleAnalysis analysis) =>
        (analysis.IsLexicalGloss ? "Lexical gloss" : "Back-translation") + $" ({analysis.BackTranslationLang})";

    public static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}

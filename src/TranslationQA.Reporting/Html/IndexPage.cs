using System.Globalization;
using System.Text;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Html;

/// <summary>Renders index.html: run summary, category chart and the table of every article.</summary>
internal static class IndexPage
{
    /// <summary>Rows per page when the script pages the table; without the script all rows show.</summary>
    public const int PageSize = 200;

    public static string Render(RunReport report, IReadOnlyList<string> safeIds, DateTimeOffset generatedAt)
    {
        var html = new StringBuilder(4096 + report.Articles.Count * 400);
        HtmlPage.Begin(html, "TranslationQA report", "page-index");
        html.Append("<header>\n<h1>TranslationQA report</h1>\n<p class=\"summary\" data-summary>")
            .Append(HtmlText.Encode(RunSummary.Sentence(report))).Append("</p>\n");
        AppendMeta(html, report);
        html.Append("</header>\n<main id=\"main\">\n<section aria-labelledby=\"h-categories\">\n")
            .Append("<h2 id=\"h-categories\">Findings by MQM category</h2>\n");
        CategoryChart.Append(html, report.Articles.SelectMany(a => a.Findings).ToList());
        html.Append("</section>\n<section aria-labelledby=\"h-articles\">\n<h2 id=\"h-articles\">Articles</h2>\n");
        AppendFilters(html);
        AppendTable(html, report, safeIds);
        html.Append("<nav class=\"paging\" data-paging hidden aria-label=\"Table pages\">")
            .Append("<button type=\"button\" data-prev>Previous page</button><span data-page aria-live=\"polite\"></span>")
            .Append("<button type=\"button\" data-next>Next page</button></nav>\n</section>\n</main>\n");
        HtmlPage.End(html, report.ToolVersion, generatedAt);
        return html.ToString();
    }

    private static void AppendMeta(StringBuilder html, RunReport report)
    {
        var c = RunSummary.Culture;
        var gate = report.Gate.FailOn is { } failOn ? $"fail on {ReportNames.Of(failOn)} findings" : "no severity gate";
        if (report.Gate.MaxScore is { } max)
        {
            gate += $", or MQM score above {max.ToString("0.##", c)}";
        }

        html.Append("<dl class=\"meta\">\n");
        Meta(html, "Engine", report.Engine);
        Meta(html, "Tool version", report.ToolVersion);
        Meta(html, "Started", HtmlPage.Timestamp(report.StartedAt));
        Meta(html, "Duration", $"{RunSummary.Duration(report.Duration)} ({report.Duration.TotalSeconds.ToString("0.###", c)} s)");
        Meta(html, "Characters translated", RunSummary.Number(report.Stats.CharactersTranslated));
        Meta(html, "Engine traffic", $"{RunSummary.Number(report.Stats.CharactersSent)} characters sent in "
            + $"{RunSummary.Number(report.Stats.Requests)} requests, {RunSummary.Number(report.Stats.Retries)} retries, "
            + $"{RunSummary.Number(report.Stats.CacheHits)} cache hits");
        Meta(html, "Quality gate", gate);
        html.Append("</dl>\n");
    }

    private static void Meta(StringBuilder html, string name, string value) =>
        html.Append("<dt>").Append(name).Append("</dt><dd>").Append(HtmlText.Encode(value)).Append("</dd>\n");

    private static void AppendFilters(StringBuilder html) =>
        html.Append("<div class=\"filters\" data-index-filters hidden>")
            .Append("<label>Search articles <input type=\"search\" placeholder=\"id or path\"></label>")
            .Append("<label>Verdict <select><option value=\"\">all</option><option value=\"fail\">fail</option>")
            .Append("<option value=\"error\">error</option><option value=\"pass\">pass</option></select></label>")
            .Append("<span data-count aria-live=\"polite\"></span></div>\n");

    private static void AppendTable(StringBuilder html, RunReport report, IReadOnlyList<string> safeIds)
    {
        html.Append("<table class=\"articles\" data-sortable data-page-size=\"").Append(PageSize).Append("\">\n<thead><tr>")
            .Append("<th scope=\"col\"><button type=\"button\">Article</button></th>")
            .Append("<th scope=\"col\"><button type=\"button\">Verdict</button></th>")
            .Append("<th scope=\"col\" class=\"num\"><button type=\"button\">MQM score</button></th>")
            .Append("<th scope=\"col\" class=\"num\"><button type=\"button\">Critical</button></th>")
            .Append("<th scope=\"col\" class=\"num\"><button type=\"button\">Major</button></th>")
            .Append("<th scope=\"col\" class=\"num\"><button type=\"button\">Minor</button></th>")
            .Append("<th scope=\"col\" class=\"num\"><button type=\"button\">Words</button></th>")
            .Append("</tr></thead>\n<tbody>\n");
        for (var i = 0; i < report.Articles.Count; i++)
        {
            var a = report.Articles[i];
            var counts = ReportNames.Count(a.Findings);
            var verdict = ReportNames.Of(a.Verdict);
            var inv = CultureInfo.InvariantCulture;
            html.Append("<tr data-verdict=\"").Append(verdict).Append("\" data-search=\"")
                .Append(HtmlText.Encode((a.Id + " " + a.Path).ToLowerInvariant())).Append("\">")
                .Append("<td><a href=\"articles/").Append(safeIds[i]).Append(".html\">").Append(HtmlText.Encode(a.Id))
                .Append("</a></td><td data-value=\"").Append((int)a.Verdict).Append("\"><span class=\"verdict v-")
                .Append(verdict).Append("\">").Append(verdict).Append("</span></td>")
                .Append("<td class=\"num\" data-value=\"").Append(a.Score.ToString("0.###", inv)).Append("\">")
                .Append(a.Verdict == Verdict.Error ? "&ndash;" : a.Score.ToString("0.0", RunSummary.Culture)).Append("</td>")
                .Append("<td class=\"num\">").Append(counts.Critical).Append("</td>")
                .Append("<td class=\"num\">").Append(counts.Major).Append("</td>")
                .Append("<td class=\"num\">").Append(counts.Minor).Append("</td>")
                .Append("<td class=\"num\" data-value=\"").Append(a.WordCount.ToString(inv)).Append("\">")
                .Append(RunSummary.Number(a.WordCount)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }
}

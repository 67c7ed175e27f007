using System.Globalization;
using System.Text;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Html;

/// <summary>Renders index.html: run summary, category chart and the table of every article.</summary>
internal static class IndexPage
{
    /// <summary>Rows per page when the script pages the table; without the script all rows show.</summary>
    public const int PageSize = 200;

    /// <summary>Everything above the table rows: summary, run metadata, chart, filters and the table head.</summary>
    public static void AppendHead(StringBuilder html, RunStart run, RunEnd end, RunTotals totals, CategoryTally categories,
        IReadOnlyList<(string Article, Finding Finding, string Fingerprint)> suppressed)
    {
        HtmlPage.Begin(html, "TranslationQA report", "page-index");
        html.Append("<header>\n<h1>TranslationQA report</h1>\n<p class=\"summary\" data-summary>")
            .Append(HtmlText.Encode(RunSummary.Sentence(totals, end))).Append("</p>\n");
        AppendMeta(html, run, end);
        DecisionControls.AppendDownloadBar(html);
        DecisionControls.AppendSuppressionList(html, suppressed);
        html.Append("</header>\n<main id=\"main\">\n<section aria-labelledby=\"h-categories\">\n")
            .Append("<h2 id=\"h-categories\">Findings by MQM category</h2>\n");
        CategoryChart.Append(html, categories);
        html.Append("</section>\n<section aria-labelledby=\"h-articles\">\n<h2 id=\"h-articles\">Articles</h2>\n");
        AppendFilters(html);
        AppendTableHead(html);
    }

    /// <summary>Everything below the table rows: paging controls and the page frame's end.</summary>
    public static void AppendTail(StringBuilder html, string toolVersion, DateTimeOffset generatedAt)
    {
        html.Append("</tbody>\n</table>\n");
        html.Append("<nav class=\"paging\" data-paging hidden aria-label=\"Table pages\">")
            .Append("<button type=\"button\" data-prev>Previous page</button><span data-page aria-live=\"polite\"></span>")
            .Append("<button type=\"button\" data-next>Next page</button></nav>\n</section>\n</main>\n");
        HtmlPage.End(html, toolVersion, generatedAt);
    }

    private static void AppendMeta(StringBuilder html, RunStart run, RunEnd end)
    {
        var c = RunSummary.Culture;
        var gate = run.Gate.FailOn is { } failOn
            ? $"fail on {(run.Gate.Scope == GateScope.New ? "new " : "")}{ReportNames.Of(failOn)} findings"
            : "no severity gate";
        if (run.Gate.MaxScore is { } max)
        {
            gate += $", or MQM score above {max.ToString("0.##", c)}";
        }

        html.Append("<dl class=\"meta\">\n");
        Meta(html, "Engine", run.Engine);
        Meta(html, "Tool version", run.ToolVersion);
        Meta(html, "Started", HtmlPage.Timestamp(run.StartedAt));
        Meta(html, "Duration", $"{RunSummary.Duration(end.Duration)} ({end.Duration.TotalSeconds.ToString("0.###", c)} s)");
        Meta(html, "Characters translated", RunSummary.Number(end.Stats.CharactersTranslated));
        Meta(html, "Engine traffic", $"{RunSummary.Number(end.Stats.CharactersSent)} characters sent in "
            + $"{RunSummary.Number(end.Stats.Requests)} requests, {RunSummary.Number(end.Stats.Retries)} retries, "
            + $"{RunSummary.Number(end.Stats.CacheHits)} cache hits");
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

    private static void AppendTableHead(StringBuilder html)
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
    }

    /// <summary>One article's row of the table.</summary>
    public static void AppendRow(StringBuilder html, ArticleResult a, string safeId)
    {
        var counts = ReportNames.Count(a.Findings);
        var verdict = ReportNames.Of(a.Verdict);
        var inv = CultureInfo.InvariantCulture;
        html.Append("<tr data-verdict=\"").Append(verdict).Append("\" data-search=\"")
            .Append(HtmlText.Encode((a.Id + " " + a.Path).ToLowerInvariant())).Append("\">")
            .Append("<td><a href=\"articles/").Append(safeId).Append(".html\">").Append(HtmlText.Encode(a.Id))
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
}

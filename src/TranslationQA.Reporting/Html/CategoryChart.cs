using System.Globalization;
using System.Text;

namespace TranslationQA.Reporting.Html;

/// <summary>
/// An inline SVG bar chart of findings per MQM category, stacked by severity. Bars and legend swatches are
/// coloured by a severity class in report.css, never by a style attribute, which the page's policy would block.
/// </summary>
internal static class CategoryChart
{
    private const int Width = 780;
    private const int LabelWidth = 320;
    private const int BarArea = 380;
    private const int RowHeight = 26;

    public static void Append(StringBuilder html, CategoryTally tally)
    {
        var rows = tally.Rows();
        if (rows.Count == 0)
        {
            html.Append("<p>No findings.</p>\n");
            return;
        }

        var max = rows.Max(r => r.Counts.Total);
        var height = rows.Count * RowHeight + 8;
        var inv = CultureInfo.InvariantCulture;
        html.Append("<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-title\" width=\"").Append(Width)
            .Append("\" height=\"").Append(height).Append("\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(height)
            .Append("\">\n<title id=\"chart-title\">Findings per MQM category: ")
            .Append(HtmlText.Encode(string.Join("; ", rows.Select(r => $"{r.Category} {r.Counts.Total}"))))
            .Append("</title>\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var (category, counts) = rows[i];
            var y = i * RowHeight + 4;
            html.Append("<text x=\"").Append(LabelWidth - 8).Append("\" y=\"").Append(y + 16)
                .Append("\" text-anchor=\"end\">").Append(HtmlText.Encode(Shorten(category))).Append("</text>\n");
            double x = LabelWidth;
            foreach (var severity in ReportNames.SeveritiesWorstFirst)
            {
                var n = counts.Of(severity);
                if (n == 0)
                {
                    continue;
                }

                var w = Math.Max(2.0, BarArea * (double)n / max);
                html.Append("<rect x=\"").Append(x.ToString("0.#", inv)).Append("\" y=\"").Append(y)
                    .Append("\" width=\"").Append(w.ToString("0.#", inv)).Append("\" height=\"18\" class=\"sev-")
                    .Append(ReportNames.Of(severity)).Append("\"><title>").Append(HtmlText.Encode(category)).Append(": ")
                    .Append(n).Append(' ').Append(ReportNames.Of(severity)).Append("</title></rect>\n");
                x += w;
            }

            html.Append("<text x=\"").Append((x + 6).ToString("0.#", inv)).Append("\" y=\"").Append(y + 16).Append("\">")
                .Append(counts.Total).Append("</text>\n");
        }

        html.Append("</svg>\n<p class=\"legend\">");
        foreach (var severity in ReportNames.SeveritiesWorstFirst)
        {
            html.Append("<span><span class=\"swatch sev-").Append(ReportNames.Of(severity)).Append("\"></span>")
                .Append(ReportNames.Of(severity)).Append("</span>");
        }

        html.Append("</p>\n");
    }

    private static string Shorten(string category) => category.Length <= 36 ? category : category[..35] + "\u2026";
}

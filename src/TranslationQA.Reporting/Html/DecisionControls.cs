using System.Text;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Html;

/// <summary>
/// The reviewer's decisions on the pages: per finding the data the script needs (fingerprint, rule, flagged text) and
/// the buttons Not an error and Confirmed, and per page the Download decisions bar. Every control is hidden in the
/// markup and shown by the script, so with JavaScript off the page reads as before; what a suppressions file
/// already decided is plain text.
/// </summary>
internal static class DecisionControls
{
    /// <summary>The data attributes of a finding's list item.</summary>
    public static void AppendAttributes(StringBuilder html, Finding finding, string fingerprint)
    {
        html.Append(" data-fingerprint=\"").Append(fingerprint).Append("\" data-rule=\"").Append(HtmlText.Encode(finding.RuleId))
            .Append("\" data-target=\"").Append(HtmlText.Encode(finding.TargetText)).Append('"');
        if (finding.Review?.Justification is { } why)
        {
            html.Append(" data-justification=\"").Append(HtmlText.Encode(why)).Append('"');
        }
    }

    /// <summary>A finding's badges for its review (suppressed, new or unchanged since the baseline).</summary>
    public static void AppendBadges(StringBuilder html, Finding finding)
    {
        if (finding.Review?.IsSuppressed == true)
        {
            html.Append(" <span class=\"badge review\">suppressed</span>");
        }

        if (finding.Review?.Baseline is { } state)
        {
            html.Append(" <span class=\"badge review\">").Append(ReportNames.Of(state)).Append("</span>");
        }
    }

    /// <summary>The suppression's justification (readable without the script) and the decision buttons.</summary>
    public static void AppendControls(StringBuilder html, Finding finding)
    {
        if (finding.Review?.Justification is { } why)
        {
            html.Append("<p class=\"justification\">Not an error (suppressed): ").Append(HtmlText.Encode(why)).Append("</p>\n");
        }

        html.Append("<div class=\"decision\" data-decision-controls hidden>")
            .Append("<button type=\"button\" data-not-error>Not an error</button> ")
            .Append("<button type=\"button\" data-confirm>Confirmed</button> ")
            .Append("<span data-decision-state aria-live=\"polite\"></span>")
            .Append("<span class=\"why\" data-why hidden><label>Why is it not an error? ")
            .Append("<input type=\"text\" maxlength=\"500\" data-why-text></label> ")
            .Append("<button type=\"button\" data-why-save>Save</button></span></div>\n");
    }

    /// <summary>The bar with the Download decisions button, shown by the script.</summary>
    public static void AppendDownloadBar(StringBuilder html) =>
        html.Append("<div class=\"decisions-bar\" data-decisions-bar hidden>")
            .Append("<button type=\"button\" data-download>Download decisions</button> ")
            .Append("<span data-decision-count aria-live=\"polite\"></span>")
            .Append(" <span class=\"hint\">(the Not an error decisions of every report page viewed in this browser, as ")
            .Append(Review.SuppressionFile.DefaultFileName).Append(")</span></div>\n");

    /// <summary>
    /// The run's suppressions on the index, hidden: the script adds them to the browser's decisions, so a file
    /// downloaded from the index keeps them beside the new ones.
    /// </summary>
    public static void AppendSuppressionList(StringBuilder html, IReadOnlyList<(string Article, Finding Finding, string Fingerprint)> suppressed)
    {
        html.Append("<ul data-suppressions hidden>");
        foreach (var (article, finding, fingerprint) in suppressed)
        {
            html.Append("<li data-article=\"").Append(HtmlText.Encode(article)).Append('"');
            AppendAttributes(html, finding, fingerprint);
            html.Append("></li>");
        }

        html.Append("</ul>\n");
    }
}

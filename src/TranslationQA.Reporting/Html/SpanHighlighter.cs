using System.Globalization;
using System.Text;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Html;

/// <summary>
/// Renders slices of the German target with findings highlighted. Overlapping spans are split at every span
/// boundary and nested per segment, so the markup stays well-formed whatever the overlap.
/// </summary>
internal sealed class SpanHighlighter
{
    private readonly string _text;
    private readonly IReadOnlyList<Finding> _findings;
    private readonly HashSet<int> _anchored = [];
    private readonly HashSet<int> _referenced = [];

    /// <summary>Highlights <paramref name="findings"/> (numbered from 1 in list order) in <paramref name="text"/>.</summary>
    public SpanHighlighter(string text, IReadOnlyList<Finding> findings)
    {
        _text = text;
        _findings = findings;
    }

    /// <summary>True when finding <paramref name="number"/> got a highlight with its anchor id.</summary>
    public bool IsAnchored(int number) => _anchored.Contains(number);

    /// <summary>True when a highlightable finding overlaps [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public bool Covers(int number, int start, int end)
    {
        var span = _findings[number - 1].Span;
        return span.Length > 0 && span.Offset < end && span.End > start;
    }

    /// <summary>Appends the encoded text of [<paramref name="start"/>, <paramref name="end"/>) with marks.</summary>
    public void Append(StringBuilder html, int start, int end)
    {
        var active = new List<int>();
        var cuts = new SortedSet<int> { start, end };
        for (var n = 1; n <= _findings.Count; n++)
        {
            if (Covers(n, start, end))
            {
                var span = _findings[n - 1].Span;
                active.Add(n);
                cuts.Add(Math.Max(span.Offset, start));
                cuts.Add(Math.Min(span.End, end));
            }
        }

        if (active.Count == 0)
        {
            HtmlText.Append(html, _text.AsSpan(start, end - start));
            return;
        }

        // Mildest outermost so the worst severity's colour is the one a reader sees.
        active.Sort((a, b) => _findings[a - 1].Severity != _findings[b - 1].Severity
            ? _findings[a - 1].Severity.CompareTo(_findings[b - 1].Severity)
            : a.CompareTo(b));
        var points = cuts.ToArray();
        for (var i = 0; i + 1 < points.Length; i++)
        {
            AppendSegment(html, points[i], points[i + 1], active, end);
        }
    }

    private void AppendSegment(StringBuilder html, int from, int to, List<int> active, int sliceEnd)
    {
        var covering = active.Where(n => _findings[n - 1].Span.Offset <= from && _findings[n - 1].Span.End >= to).ToList();
        foreach (var n in covering)
        {
            var severity = ReportNames.Of(_findings[n - 1].Severity);
            html.Append("<mark class=\"hl sev-").Append(severity).Append("\" data-finding=\"").Append(N(n)).Append('"');
            if (_anchored.Add(n))
            {
                html.Append(" id=\"mark-").Append(N(n)).Append("\" tabindex=\"-1\"");
            }

            html.Append(" title=\"").Append(HtmlText.Encode($"#{N(n)} {severity}: {_findings[n - 1].Message}")).Append("\">");
        }

        HtmlText.Append(html, _text.AsSpan(from, to - from));
        for (var i = 0; i < covering.Count; i++)
        {
            html.Append("</mark>");
        }

        // The back-link goes where the span ends (or where the slice ends, for a span running past it).
        foreach (var n in active)
        {
            var span = _findings[n - 1].Span;
            if ((span.End == to || (to == sliceEnd && span.End > sliceEnd)) && _referenced.Add(n))
            {
                AppendReference(html, n);
            }
        }
    }

    /// <summary>Appends the small numbered link from the text back to finding <paramref name="n"/> in the list.</summary>
    public void AppendReference(StringBuilder html, int n) =>
        html.Append("<a class=\"ref sev-").Append(ReportNames.Of(_findings[n - 1].Severity))
            .Append("\" href=\"#finding-").Append(N(n)).Append("\" data-finding=\"").Append(N(n))
            .Append("\" aria-label=\"Finding ").Append(N(n)).Append("\">").Append(N(n)).Append("</a>");

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}

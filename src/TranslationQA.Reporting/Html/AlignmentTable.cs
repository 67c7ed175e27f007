using System.Text;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Html;

/// <summary>
/// The aligned rows of an article page (source | German | back-translation) and where each finding is anchored:
/// on its highlighted span, or, for findings with no span to highlight (omissions), on the row they concern.
/// </summary>
internal sealed class AlignmentTable
{
    private readonly ArticleAnalysis _analysis;
    private readonly IReadOnlyList<Finding> _findings;
    private readonly List<Row> _rows;
    private readonly SpanHighlighter _highlighter;
    private readonly HashSet<int> _highlighted = [];
    private readonly Dictionary<int, List<int>> _rowAnchors = [];

    private sealed record Row(IReadOnlyList<int> Source, IReadOnlyList<int> Target, SentenceDiff? Diff, BeadKind? Kind, Core.Links.BeadLinks? Links);

    public AlignmentTable(ArticleAnalysis analysis, IReadOnlyList<Finding> findings)
    {
        _analysis = analysis;
        _findings = findings;
        _highlighter = new SpanHighlighter(analysis.Article.Target, findings);
        _rows = analysis.Pairs.Count > 0
            ? [.. analysis.Pairs.Select((p, i) => new Row(p.Source, p.Target, i < analysis.Diffs.Count ? analysis.Diffs[i] : null, p.Kind,
                i < analysis.Links.Count ? analysis.Links[i] : null))]
            : [.. analysis.TargetSentences.Select(s => new Row([], [s.Index], null, null, null))];
        for (var n = 1; n <= findings.Count; n++)
        {
            Place(n);
        }
    }

    private bool HasSourceColumn => _analysis.Pairs.Count > 0;

    /// <summary>True when finding <paramref name="n"/> has a place in the text to link to.</summary>
    public bool HasAnchor(int n) => _highlighted.Contains(n) || _rowAnchors.Values.Any(l => l.Contains(n));

    private IEnumerable<Sentence> Targets(Row row) =>
        row.Target.Where(i => i < _analysis.TargetSentences.Count).Select(i => _analysis.TargetSentences[i]);

    private void Place(int n)
    {
        var finding = _findings[n - 1];
        if (_rows.Any(r => Targets(r).Any(s => _highlighter.Covers(n, s.Span.Offset, s.Span.End))))
        {
            _highlighted.Add(n);
            return;
        }

        var row = finding.SourceSentenceIndex is { } source ? _rows.FindIndex(r => r.Source.Contains(source)) : -1;
        if (row < 0)
        {
            row = _rows.FindIndex(r => Targets(r).Any(s => finding.Span.Offset >= s.Span.Offset && finding.Span.Offset <= s.Span.End));
        }

        if (row >= 0)
        {
            (_rowAnchors.TryGetValue(row, out var list) ? list : _rowAnchors[row] = []).Add(n);
        }
    }

    public void Append(StringBuilder html)
    {
        var lang = _analysis.BackTranslationLang;
        html.Append("<section aria-labelledby=\"h-align\">\n<h2 id=\"h-align\">Sentences</h2>\n");
        if (_analysis.IsLexicalGloss)
        {
            html.Append("<p class=\"gloss-note\">The right-hand column is a <strong>lexical gloss, senses chosen to match the source ")
                .Append("where the dictionary allows</strong>: each German word replaced by one of its dictionary senses (the one that renders ")
                .Append("a word of the aligned source, if any), not a translation. Read it for word meanings, not for grammar.</p>\n");
        }

        html.Append("<p class=\"legend\"><del>struck</del> source words no German word renders; ")
            .Append("<ins>underlined</ins> German words that render nothing of the source (hover or focus a word for its sense and the source word it renders); ")
            .Append("<mark class=\"hl sev-major\">marked</mark> German spans have findings. Articles, prepositions and pronouns are not compared. ")
            .Append("<button type=\"button\" class=\"plain-toggle\" data-plain-toggle hidden>Plain gloss</button></p>\n")
            .Append("<table class=\"align\">\n<thead><tr><th scope=\"col\">#</th>");
        if (HasSourceColumn)
        {
            html.Append("<th scope=\"col\">Source (").Append(HtmlText.Encode(_analysis.Article.SourceLang)).Append(")</th>");
        }

        html.Append("<th scope=\"col\">German target (").Append(HtmlText.Encode(_analysis.Article.TargetLang)).Append(")</th><th scope=\"col\">")
            .Append(HtmlText.Encode(ArticlePage.BackTranslationLabel(_analysis))).Append("</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < _rows.Count; i++)
        {
            AppendRow(html, i, lang);
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private void AppendRow(StringBuilder html, int index, string lang)
    {
        var row = _rows[index];
        var number = ArticlePage.N(index + 1);
        html.Append("<tr id=\"row-").Append(number).Append("\"").Append(row.Kind is { } k ? $" class=\"k-{ReportNames.Of(k)}\"" : "")
            .Append("><td class=\"idx\">").Append(number);
        if (row.Kind is { } kind && kind != BeadKind.OneToOne)
        {
            html.Append("<span class=\"kind\">").Append(KindLabel(kind)).Append("</span>");
        }

        html.Append("</td>");
        var source = string.Join(' ', row.Source.Where(i => i < _analysis.SourceSentences.Count).Select(i => _analysis.SourceSentences[i].Text));
        if (HasSourceColumn)
        {
            if (source.Length == 0)
            {
                html.Append("<td class=\"empty\"><span class=\"empty-note\">no source sentence (added in German)</span></td>");
            }
            else
            {
                html.Append("<td lang=\"").Append(HtmlText.Encode(_analysis.Article.SourceLang)).Append("\">");
                DiffText.Append(html, row.Diff, source, DiffOperation.Deleted);
                html.Append("</td>");
            }
        }

        var targets = Targets(row).ToList();
        html.Append(targets.Count == 0 ? "<td class=\"empty\">" : $"<td lang=\"{HtmlText.Encode(_analysis.Article.TargetLang)}\">");
        foreach (var n in _rowAnchors.GetValueOrDefault(index) ?? [])
        {
            html.Append("<a class=\"ref row-anchor sev-").Append(ReportNames.Of(_findings[n - 1].Severity)).Append("\" id=\"mark-")
                .Append(ArticlePage.N(n)).Append("\" href=\"#finding-").Append(ArticlePage.N(n)).Append("\" data-finding=\"")
                .Append(ArticlePage.N(n)).Append("\">\u2691 finding ").Append(ArticlePage.N(n)).Append("</a> ");
        }

        if (targets.Count == 0)
        {
            html.Append("<span class=\"empty-note\">missing in German (omitted)</span></td><td class=\"empty\"></td></tr>\n");
            return;
        }

        for (var i = 0; i < targets.Count; i++)
        {
            html.Append(i > 0 ? " " : "");
            _highlighter.Append(html, targets[i].Span.Offset, targets[i].Span.End);
        }

        var backTranslation = string.Join(' ', row.Target.Where(i => i < _analysis.BackTranslations.Count).Select(i => _analysis.BackTranslations[i].Text));
        html.Append("</td><td lang=\"").Append(HtmlText.Encode(lang)).Append("\">");
        if (GlossView.CanRender(_analysis, row.Target))
        {
            GlossView.Append(html, _analysis, source.Length > 0 ? row.Links : null, row.Target);
        }
        else
        {
            DiffText.Append(html, source.Length > 0 ? row.Diff : null, backTranslation, DiffOperation.Inserted);
        }

        html.Append("</td></tr>\n");
    }

    private static string KindLabel(BeadKind kind) => kind switch
    {
        BeadKind.OneToTwo => "1 : 2",
        BeadKind.TwoToOne => "2 : 1",
        BeadKind.Omission => "omission",
        BeadKind.Addition => "addition",
        _ => "1 : 1",
    };
}

using TranslationQA.Core.Model;
using TranslationQA.Reporting.Html;
using TranslationQA.Reporting.Streaming;

namespace TranslationQA.Reporting.Ci;

/// <summary>
/// The content of summary.md, gathered article by article: totals, and of the failing articles and the findings
/// only the rows that can appear (the table order, ties in input order), so memory stays bounded on any run.
/// </summary>
internal sealed class MarkdownSummary
{
    private readonly RunStart _run;
    private readonly int _maxBytes;
    private readonly RunTotals _totals = new();
    private readonly BoundedTop<Failing> _failing;
    private readonly BoundedTop<Top> _top = new(MarkdownSummaryWriter.TopFindings, Comparer<Top>.Create(Top.Compare));

    public MarkdownSummary(RunStart run, int maxBytes)
    {
        (_run, _maxBytes) = (run, maxBytes);
        // Rows past the byte cap are never shown, so only the leading rows whose sizes fit in it are kept (and one more).
        _failing = new BoundedTop<Failing>(int.MaxValue, Comparer<Failing>.Create(Failing.Compare),
            f => System.Text.Encoding.UTF8.GetByteCount(f.Row) + 1, maxBytes);
    }

    public void Add(ArticleResult article, long position)
    {
        _totals.Add(article);
        if (article.Verdict != Verdict.Pass)
        {
            var c = ReportNames.Count(article.Findings);
            _failing.Add(new Failing(article.Verdict == Verdict.Error ? 0 : 1, article.Score, position,
                $"| {MarkdownSummaryWriter.Escape(article.Id)} | {ReportNames.Of(article.Verdict)} | {article.Score.ToString("0.0", RunSummary.Culture)} | "
                + $"{c.Critical} | {c.Major} | {c.Minor} | {MarkdownSummaryWriter.Escape(article.Error ?? "")} |"));
        }

        for (var i = 0; i < article.Findings.Count; i++)
        {
            var f = article.Findings[i];
            if (!f.Counts)
            {
                // Counted apart in the summary sentence; the table lists what still needs a look.
                continue;
            }

            _top.Add(new Top(f.Severity, article.Id, f.Span.Offset, position, i,
                $"| {ReportNames.Of(f.Severity)} | {MarkdownSummaryWriter.Escape(article.Id)} | {f.Span.Line}:{f.Span.Column} | "
                + $"{MarkdownSummaryWriter.Escape(f.RuleId)} | {MarkdownSummaryWriter.Escape(Clip(f.TargetText, 80))} | {MarkdownSummaryWriter.Escape(Clip(f.Message, 200))} |"));
        }
    }

    public string Render(RunEnd end)
    {
        var doc = new CappedMarkdown(_maxBytes);
        doc.Line("## TranslationQA report");
        doc.Line();
        doc.Line(MarkdownSummaryWriter.Escape(RunSummary.Sentence(_totals, end)));
        doc.Line();
        var counts = _totals.Findings;
        doc.Line("| Articles | Pass | Fail | Error | Critical | Major | Minor | Engine | Characters translated |");
        doc.Line("|---:|---:|---:|---:|---:|---:|---:|---|---:|");
        doc.Line($"| {_totals.Articles} | {_totals.Pass} | {_totals.Fail} | {_totals.Error} | "
            + $"{counts.Critical} | {counts.Major} | {counts.Minor} | {MarkdownSummaryWriter.Escape(_run.Engine)} | {RunSummary.Number(end.Stats.CharactersTranslated)} |");
        if (_failing.Added > 0)
        {
            doc.Line();
            doc.Line("### Articles that failed or could not be checked");
            doc.Line();
            doc.Line("| Article | Verdict | MQM score | Critical | Major | Minor | Note |");
            doc.Line("|---|---|---:|---:|---:|---:|---|");
            doc.Rows(_failing.Sorted().Select(f => f.Row), (int)_failing.Added, "failing articles");
        }

        if (_top.Added > 0)
        {
            doc.Line();
            doc.Line(_top.Added > MarkdownSummaryWriter.TopFindings ? $"### Top {MarkdownSummaryWriter.TopFindings} of {_top.Added} findings" : "### Findings");
            doc.Line();
            doc.Line("| Severity | Article | Line:col | Rule | German | Message |");
            doc.Line("|---|---|---|---|---|---|");
            doc.Rows(_top.Sorted().Select(t => t.Row), (int)Math.Min(_top.Added, MarkdownSummaryWriter.TopFindings), "findings");
        }

        doc.Line();
        doc.Line("Full details: `index.html` (reviewer report), `report.json`, `report.sarif`, `junit.xml`.");
        return doc.ToString();
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "\u2026";

    /// <summary>A failing article's row; errors first, then by score, highest first.</summary>
    private sealed record Failing(int Rank, double Score, long Position, string Row)
    {
        public static int Compare(Failing? a, Failing? b) =>
            a!.Rank != b!.Rank ? a.Rank.CompareTo(b.Rank)
            : b.Score != a.Score ? b.Score.CompareTo(a.Score)
            : a.Position.CompareTo(b.Position);
    }

    /// <summary>A finding's row; worst first, then by article id and place in the article.</summary>
    private sealed record Top(Severity Severity, string ArticleId, int Offset, long Position, int Index, string Row)
    {
        public static int Compare(Top? a, Top? b) =>
            a!.Severity != b!.Severity ? b.Severity.CompareTo(a.Severity)
            : string.CompareOrdinal(a.ArticleId, b.ArticleId) is var id and not 0 ? id
            : a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset)
            : a.Position != b.Position ? a.Position.CompareTo(b.Position)
            : a.Index.CompareTo(b.Index);
    }
}

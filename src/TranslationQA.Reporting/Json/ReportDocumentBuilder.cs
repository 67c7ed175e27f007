using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Json;

/// <summary>Maps the pipeline's <see cref="RunReport"/> to the report.json document.</summary>
public static class ReportDocumentBuilder
{
    /// <summary>The document for <paramref name="report"/>, stamped with <paramref name="generatedAt"/>.</summary>
    public static ReportDocument Build(RunReport report, DateTimeOffset generatedAt)
    {
        var articles = report.Articles.Select(a => Article(a, report.Engine)).ToList();
        var all = ReportNames.Count(report.Articles.SelectMany(a => a.Findings));
        return new ReportDocument(
            "TranslationQA",
            report.ToolVersion,
            report.Engine,
            report.StartedAt,
            generatedAt,
            (long)report.Duration.TotalMilliseconds,
            new StatsDocument(report.Stats.CharactersSent, report.Stats.Requests, report.Stats.Retries,
                report.Stats.CacheHits, report.Stats.CharactersTranslated),
            new GateDocument(report.Gate.FailOn is { } s ? ReportNames.Of(s) : null, report.Gate.MaxScore),
            new TotalsDocument(
                report.Articles.Count,
                report.Articles.Count(a => a.Verdict == Verdict.Pass),
                report.Articles.Count(a => a.Verdict == Verdict.Fail),
                report.Articles.Count(a => a.Verdict == Verdict.Error),
                Counts(all)),
            [.. report.Rules.Select(r => new RuleDocument(r.Id, r.Name, r.Title, r.Category, ReportNames.Of(r.DefaultSeverity), r.Help))],
            articles);
    }

    private static CountsDocument Counts(SeverityCounts c) => new(c.Critical, c.Major, c.Minor, c.Total);

    private static ArticleDocument Article(ArticleResult result, string engine)
    {
        var analysis = result.Analysis;
        var fingerprints = FindingFingerprint.ForArticle(result);
        var findings = result.Findings.Select((f, i) => new FindingDocument(
            f.RuleId, f.Category, ReportNames.Of(f.Severity), f.Span.Line, f.Span.Column, f.Span.Length, f.Span.Offset,
            f.TargetText, f.SourceText, f.BackTranslation, f.Message, fingerprints[i], f.EvidenceKey,
            f.Confidence is { } c ? Math.Round(c, 3, MidpointRounding.AwayFromZero) : null)).ToList();
        return new ArticleDocument(
            result.Id,
            result.Path,
            analysis?.Article.SourceLang,
            analysis?.Article.TargetLang,
            engine,
            ReportNames.Of(result.Verdict),
            result.Error,
            Math.Round(result.Score, 2, MidpointRounding.AwayFromZero),
            result.WordCount,
            analysis?.IsLexicalGloss,
            Counts(ReportNames.Count(result.Findings)),
            analysis is null ? [] : Sentences(analysis),
            analysis is null ? [] : Pairs(analysis),
            findings);
    }

    private static List<SentenceDocument> Sentences(ArticleAnalysis analysis) =>
        [.. analysis.TargetSentences.Select(s => new SentenceDocument(
            s.Index, s.Span.Line, s.Span.Column, s.Text, analysis.BackTranslations[s.Index].Text))];

    private static List<PairDocument> Pairs(ArticleAnalysis analysis) =>
        [.. analysis.Pairs.Select((p, i) => new PairDocument(
            ReportNames.Of(p.Kind),
            p.Source,
            p.Target,
            PairText.Source(analysis, p),
            PairText.Target(analysis, p),
            PairText.BackTranslation(analysis, p),
            Math.Round(p.Score, 4, MidpointRounding.AwayFromZero),
            i < analysis.Diffs.Count ? Diff(analysis.Diffs[i]) : []))];

    /// <summary>The pieces of a diff, neighbours of the same kind joined ("the", " ", "bank" is one equal piece).</summary>
    private static List<DiffPieceDocument> Diff(SentenceDiff diff)
    {
        var pieces = new List<DiffPieceDocument>();
        foreach (var piece in diff.Pieces)
        {
            var op = piece.Operation switch
            {
                DiffOperation.Deleted => "delete",
                DiffOperation.Inserted => "insert",
                _ => "equal",
            };
            if (pieces.Count > 0 && pieces[^1].Op == op)
            {
                pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + piece.Text };
            }
            else
            {
                pieces.Add(new DiffPieceDocument(op, piece.Text));
            }
        }

        return pieces;
    }
}

using TranslationQA.Core.Model;
using TranslationQA.Reporting.Shards;

namespace TranslationQA.Reporting.Json;

/// <summary>Maps the pipeline's results to the report.json document.</summary>
public static class ReportDocumentBuilder
{
    /// <summary>The document for <paramref name="report"/>, stamped with <paramref name="generatedAt"/>.</summary>
    public static ReportDocument Build(RunReport report, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Header(RunStart.Of(report), RunEnd.Of(report), RunTotals.Of(report.Articles), generatedAt) with
        {
            Articles = [.. report.Articles.Select(a => Article(a, report.Engine))],
        };
    }

    /// <summary>Everything of the document but its articles, which a streaming writer adds one by one.</summary>
    public static ReportDocument Header(RunStart run, RunEnd end, RunTotals totals, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(end);
        ArgumentNullException.ThrowIfNull(totals);
        return new ReportDocument(
            "TranslationQA",
            run.ToolVersion,
            run.Engine,
            run.StartedAt,
            generatedAt,
            (long)end.Duration.TotalMilliseconds,
            new StatsDocument(end.Stats.CharactersSent, end.Stats.Requests, end.Stats.Retries,
                end.Stats.CacheHits, end.Stats.CharactersTranslated),
            new GateDocument(run.Gate.FailOn is { } s ? ReportNames.Of(s) : null, run.Gate.MaxScore,
                run.Gate.Scope == GateScope.New ? ReportNames.NewOnlyScope : null),
            new TotalsDocument(totals.Articles, totals.Pass, totals.Fail, totals.Error, Counts(totals.Findings)),
            [.. run.Rules.Select(r => new RuleDocument(r.Id, r.Name, r.Title, r.Category, ReportNames.Of(r.DefaultSeverity), r.Help))],
            [],
            run.Shard is { } shard ? new ShardDocument(shard.Shard.Index, shard.Shard.Count, shard.TotalArticles) : null,
            end.Interrupted is null,
            end.Interrupted is { } stop ? new InterruptionDocument(stop.Checked, stop.Total) : null,
            end.Review?.Stale is { Count: > 0 } stale ? stale : null,
            end.Review?.Absent);
    }

    /// <summary>
    /// One article's document; with <paramref name="mergePosition"/> (a shard run) it also carries what a merge needs
    /// to write the article's other reports.
    /// </summary>
    public static ArticleDocument Article(ArticleResult result, string engine, long? mergePosition = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var analysis = result.Analysis;
        var fingerprints = FindingFingerprint.ForArticle(result);
        var findings = result.Findings.Select((f, i) => new FindingDocument(
            f.RuleId, f.Category, ReportNames.Of(f.Severity), f.Span.Line, f.Span.Column, f.Span.Length, f.Span.Offset,
            f.TargetText, f.SourceText, f.BackTranslation, f.Message, fingerprints[i], f.EvidenceKey,
            f.Confidence is { } c ? Math.Round(c, 3, MidpointRounding.AwayFromZero) : null,
            f.Unit is { } unit ? new UnitDocument(unit.UnitId, unit.SegmentId, unit.Tagged) : null,
            f.Review?.IsSuppressed == true ? true : null, f.Review?.Justification,
            f.Review?.Baseline is { } state ? ReportNames.Of(state) : null)).ToList();
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
            findings,
            mergePosition is { } position ? MergeData.For(result, position) : null);
    }

    private static CountsDocument Counts(SeverityCounts c) => new(c.Critical, c.Major, c.Minor, c.Total, c.Suppressed > 0 ? c.Suppressed : null);

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

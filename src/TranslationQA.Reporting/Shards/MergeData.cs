using TranslationQA.Core.Links;
using TranslationQA.Core.Model;
using TranslationQA.Reporting.Json;

namespace TranslationQA.Reporting.Shards;

/// <summary>
/// Both directions between an article's result and what a shard run's report.json keeps of it: a merge rebuilds
/// the result from its document and merge data, and writes the same reports a single run writes.
/// </summary>
public static class MergeData
{
    private static readonly (DiffOperation Operation, char Mark)[] Marks =
        [(DiffOperation.Equal, '='), (DiffOperation.Deleted, '-'), (DiffOperation.Inserted, '+')];

    /// <summary>The merge data of <paramref name="result"/> at <paramref name="position"/> in the whole input.</summary>
    public static MergeDataDocument For(ArticleResult result, long position)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Analysis is not { } a)
        {
            return new MergeDataDocument(position, result.Score);
        }

        return new MergeDataDocument(position, result.Score, a.Article.TargetPath, a.Article.SourcePath, a.Article.Source,
            a.Article.Target, a.BackTranslationLang,
            [.. a.TargetSentences.Select(s => (IReadOnlyList<int>)[s.Span.Offset, s.Span.Length])],
            [.. a.SourceSentences.Select(s => new SourceSentenceDocument(s.Index, s.Text, s.Span.Offset, s.Span.Length, s.Span.Line, s.Span.Column))],
            [.. a.Pairs.Select(p => p.Score)],
            [.. a.Diffs.Select(d => (IReadOnlyList<string>)[.. d.Pieces.Select(p => Mark(p.Operation) + p.Text)])],
            [.. result.Findings.Select(f => f.SourceSentenceIndex)],
            [.. a.BackTranslations.Select(b => (IReadOnlyList<WordDocument>)[.. b.Words.Select(w => new WordDocument(w.Offset, w.Length, w.Kind.ToString(), w.Gloss))])],
            [.. a.Links.Select(l => (IReadOnlyList<LinkDocument>)[.. l.Links.Select(k => new LinkDocument(k.SourceSentence, k.SourceOffset, k.SourceLength,
                k.TargetSentence, k.TargetOffset, k.TargetLength, k.Kind.ToString(), k.Sense))])]);
    }

    /// <summary>The result a shard run had for the article.</summary>
    /// <exception cref="FormatException">The document has no merge data or it does not fit the document.</exception>
    public static ArticleResult ToResult(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var data = document.MergeData ?? throw new FormatException($"article '{document.Id}' has no mergeData; is this a shard run's report?");
        var verdict = Enum.GetValues<Verdict>().First(v => ReportNames.Of(v) == document.Verdict);
        var findings = document.Findings.Select((f, i) => new Finding(f.Rule, f.Category, ParseSeverity(f.Severity),
            new TextSpan(f.Offset, f.Length, f.Line, f.Column), f.TargetText, f.SourceText, f.BackTranslation, f.Message,
            data.FindingSourceSentences?[i], f.Evidence == f.Rule ? null : f.Evidence[(f.Rule.Length + 1)..], f.Confidence,
            f.Unit is { } unit ? new UnitLocation(unit.Id, unit.Segment, unit.Tagged) : null,
            Review(f))).ToList();
        var analysis = data.Target is null ? null : Analysis(document, data);
        return new ArticleResult(document.Id, document.Path, analysis, findings, document.WordCount, data.Score, verdict, document.Error);
    }

    private static ArticleAnalysis Analysis(ArticleDocument document, MergeDataDocument data)
    {
        var article = new Article(document.Id, document.SourceLang!, document.TargetLang!, data.Source, data.Target!,
            data.TargetPath!, data.SourcePath);
        var spans = data.TargetSpans!;
        var target = document.Sentences.Select((s, i) => new Sentence(s.Index, s.Text, new TextSpan(spans[i][0], spans[i][1], s.Line, s.Column))).ToList();
        var back = new SentenceBackTranslation[target.Count];
        foreach (var s in document.Sentences)
        {
            var words = data.Words?[s.Index].Select(w => new WordGloss(w.Offset, w.Length, s.Text.Substring(w.Offset, w.Length),
                Enum.Parse<TokenKind>(w.Kind), w.Gloss, [])).ToList();
            back[s.Index] = new SentenceBackTranslation(s.BackTranslation, words ?? []);
        }

        var source = data.SourceSentences!.Select(s => new Sentence(s.Index, s.Text, new TextSpan(s.Offset, s.Length, s.Line, s.Column))).ToList();
        var pairs = document.Pairs.Select((p, i) => new AlignedPair(p.SourceIndices, p.TargetIndices, data.PairScores![i])).ToList();
        var diffs = data.Diffs!.Select(d => new SentenceDiff([.. d.Select(Piece)])).ToList();
        var links = data.Links?.Select((l, i) => BeadLinks.FromLinks(pairs[i], [.. l.Select(k => new WordLink(k.SourceSentence, k.SourceOffset,
            k.SourceLength, k.TargetSentence, k.TargetOffset, k.TargetLength, Enum.Parse<LinkKind>(k.Kind), k.Sense))])).ToList();
        var analysis = new ArticleAnalysis(article, source, target, back, pairs, diffs, data.BackTranslationLang!, document.IsLexicalGloss ?? false);
        return links is null ? analysis : analysis with { Links = links };
    }

    /// <summary>The review a shard run gave the finding: the merged reports show it as the shard wrote it.</summary>
    private static FindingReview? Review(FindingDocument f)
    {
        BaselineState? state = f.BaselineState switch
        {
            null => null,
            "new" => BaselineState.New,
            "unchanged" => BaselineState.Unchanged,
            var other => throw new FormatException($"unknown baselineState '{other}'"),
        };
        var justification = f.Suppressed == true ? f.Justification ?? "" : null;
        return justification is null && state is null ? null : new FindingReview(justification, state);
    }

    private static Severity ParseSeverity(string name) => ReportNames.SeveritiesWorstFirst.First(s => ReportNames.Of(s) == name);

    private static char Mark(DiffOperation operation) => Marks.First(m => m.Operation == operation).Mark;

    private static DiffPiece Piece(string text) => new(Marks.First(m => m.Mark == text[0]).Operation, text[1..]);
}

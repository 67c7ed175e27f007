using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using TranslationQA.Core.Findings;
using TranslationQA.Core.Ingestion;
using TranslationQA.Core.Links;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Pipeline;

/// <summary>
/// Runs articles through segment -> back-translate -> align -> diff -> checks -> score.
/// Articles are processed in batches so that a service engine gets the sentences of many articles in one call
/// (full requests, duplicates sent once); a broken article becomes an error result and never stops the others.
/// </summary>
public sealed class QaPipeline(PipelineComponents components, int? batchSize = null)
{
    // A service engine gets the distinct sentences of a whole batch in one call, so its batches are large. A lexical
    // glosser is called per article anyway: its window only has to keep every core busy, and a smaller window is
    // less memory (bench --articles 1000 --reports on 2 cores: peak 348 MB with 64 articles, 464 MB with 256).
    private readonly int _batchSize = batchSize ?? (components.Translator.IsLexicalGloss ? 64 : 256);
    private string? _engineFailure;

    /// <summary>
    /// Why the engine stopped working during the run (a service unreachable after its retries, a rejected key), or
    /// null. Articles back-translated before keep their results; every later one is an error that says so, and the
    /// engine is not called again: a dead service would only cost each batch its retries.
    /// </summary>
    public string? EngineFailure => Volatile.Read(ref _engineFailure);

    /// <summary>When set, the time of each stage and rule is added to it (<c>bench</c> prints it).</summary>
    public StageClock? Clock { get; init; }

    /// <summary>Checks every input and returns one result per input, in input order.</summary>
    public async Task<IReadOnlyList<ArticleResult>> RunAsync(
        IReadOnlyList<ArticleInput> inputs,
        QualityGate gate,
        IProgress<PipelineProgress>? progress,
        CancellationToken cancellationToken)
    {
        var results = new List<ArticleResult>(inputs.Count);
        await foreach (var batch in RunBatchesAsync(inputs, gate, cancellationToken).ConfigureAwait(false))
        {
            results.AddRange(batch);
            progress?.Report(new PipelineProgress(results.Count, inputs.Count));
        }

        return results;
    }

    /// <summary>
    /// Checks inputs as they are enumerated and yields each result, in input order, as soon as its batch is done.
    /// At most one batch of inputs is read ahead, so memory does not grow with the number of articles.
    /// </summary>
    public async IAsyncEnumerable<ArticleResult> RunStreamingAsync(
        IEnumerable<ArticleInput> inputs,
        QualityGate gate,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var batch in RunBatchesAsync(inputs, gate, cancellationToken).ConfigureAwait(false))
        {
            foreach (var result in batch)
            {
                yield return result;
            }
        }
    }

    private async IAsyncEnumerable<ArticleResult[]> RunBatchesAsync(
        IEnumerable<ArticleInput> inputs, QualityGate gate, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var chunk in inputs.Chunk(_batchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A result already known (kept by a resumed run) is not checked again; it takes its place among the others.
            var batch = chunk.Where(input => input.KnownResult is null).ToArray();
            // Segmenting and checking are pure CPU work per article, so they use every core; engine calls stay
            // sequential because an engine need not be thread-safe and a service batches across articles anyway.
            // PLINQ looks at its token only every 64 elements, so each article looks too: a cancelled run must not
            // finish its batch first (under load that is seconds).
            var segmented = batch.AsParallel().AsOrdered().WithCancellation(cancellationToken)
                .Select(input => Timed("segment", () => Segment(input, cancellationToken))).ToList();
            var backTranslations = await BackTranslateAsync(segmented, cancellationToken).ConfigureAwait(false);
            var results = segmented.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(item =>
                cancellationToken.IsCancellationRequested ? throw new OperationCanceledException(cancellationToken)
                : item.Error is not null ? ArticleResult.Failed(item.Input.Id, item.Input.Path, item.Error)
                : backTranslations.TryGetValue(item, out var backTranslation) ? Check(item, backTranslation, gate)
                : ArticleResult.Failed(item.Input.Id, item.Input.Path, $"not checked: the back-translation engine failed ({EngineFailure})")).ToList();
            var next = 0;
            yield return [.. chunk.Select(input => input.KnownResult ?? results[next++])];
        }
    }

    private SegmentedArticle Segment(ArticleInput input, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (input.Article is not { } article)
        {
            return new SegmentedArticle(input, [], [], input.Error ?? $"{input.Path}: unreadable");
        }

        var target = components.Segmenter.Segment(article.Target, article.TargetLang);
        if (target.Count == 0)
        {
            return new SegmentedArticle(input, [], [], $"{article.TargetPath}: the target has no sentence to check");
        }

        var source = article.HasSource ? components.Segmenter.Segment(article.Source!, article.SourceLang) : [];
        return new SegmentedArticle(input, source, target, null);
    }

    /// <summary>
    /// Back-translates every readable article of the batch. A service engine gets one call per language pair with the
    /// distinct sentences of the whole batch (full requests, duplicates sent once), one call after the other; a lexical
    /// glosser costs nothing per request and uses the article as context (names seen elsewhere in it), so it gets one
    /// call per article, on every core at once.
    /// </summary>
    private async Task<IReadOnlyDictionary<SegmentedArticle, IReadOnlyList<SentenceBackTranslation>>> BackTranslateAsync(
        List<SegmentedArticle> batch, CancellationToken cancellationToken)
    {
        var translator = components.Translator;
        var result = new ConcurrentDictionary<SegmentedArticle, IReadOnlyList<SentenceBackTranslation>>(ReferenceEqualityComparer.Instance);
        var readable = batch.Where(a => a.Error is null);
        if (translator.IsLexicalGloss)
        {
            await Parallel.ForEachAsync(readable, cancellationToken, (article, token) => TranslateAsync([article], result, token)).ConfigureAwait(false);
        }
        else
        {
            foreach (var group in readable.GroupBy(a => (a.Input.Article!.TargetLang, a.Input.Article.SourceLang)))
            {
                await TranslateAsync([.. group], result, cancellationToken).ConfigureAwait(false);
            }
        }

        return result;
    }

    /// <summary>Back-translates the distinct sentences of <paramref name="group"/> (articles of one language pair) into <paramref name="result"/>.</summary>
    private async ValueTask TranslateAsync(
        SegmentedArticle[] group, ConcurrentDictionary<SegmentedArticle, IReadOnlyList<SentenceBackTranslation>> result, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (EngineFailure is not null)
        {
            return;
        }

        var translator = components.Translator;
        var article = group[0].Input.Article!;
        var distinct = group.SelectMany(a => a.Target).Select(s => s.Text).Distinct(StringComparer.Ordinal).ToList();
        IReadOnlyList<SentenceBackTranslation> output;
        var start = StageClock.Start();
        try
        {
            output = await translator.TranslateAsync(distinct, article.TargetLang, article.SourceLang, cancellationToken).ConfigureAwait(false);
            Clock?.Add("back-translate", start);
        }
        catch (BackTranslation.EngineException e)
        {
            // The first failure is the one reported; articles glossed at the same moment keep their results.
            Interlocked.CompareExchange(ref _engineFailure, e.Message, null);
            return;
        }

        if (output.Count != distinct.Count)
        {
            throw new InvalidOperationException(
                $"Engine '{translator.Name}' returned {output.Count} translations for {distinct.Count} sentences.");
        }

        var byText = new Dictionary<string, SentenceBackTranslation>(StringComparer.Ordinal);
        for (var i = 0; i < distinct.Count; i++)
        {
            byText[distinct[i]] = output[i];
        }

        foreach (var item in group)
        {
            result[item] = [.. item.Target.Select(s => byText[s.Text])];
        }
    }

    /// <summary>
    /// Aligns, diffs, checks and scores one article. A defect in any stage or rule must not stop the other articles:
    /// the article is reported as an error that names the stage, and the run goes on (and exits with code 2).
    /// </summary>
    private ArticleResult Check(SegmentedArticle item, IReadOnlyList<SentenceBackTranslation> backTranslations, QualityGate gate)
    {
        var stage = "alignment";
        try
        {
            var analysis = Analyse(item, backTranslations);
            var findings = new List<Finding>();
            foreach (var check in components.Checks)
            {
                stage = $"rule {check.Rule.Id}";
                Timed(stage, () => findings.AddRange(check.Run(analysis)));
            }

            stage = "scoring";
            return Timed("scoring and evidence", () => Score(item, analysis, findings.Select(components.SeverityPolicy.Apply), gate));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ArticleResult.Failed(item.Input.Id, item.Input.Path,
                $"{item.Input.Article!.TargetPath}: internal error in {stage} ({e.GetType().Name}: {e.Message}); please report it");
        }
    }

    /// <summary>
    /// Aligns the sentences, links the words of each bead, lets the links choose the senses of a lexical gloss, and
    /// diffs each bead on its links (a back-translation without word glosses is diffed as text).
    /// </summary>
    private ArticleAnalysis Analyse(SegmentedArticle item, IReadOnlyList<SentenceBackTranslation> backTranslations)
    {
        var article = item.Input.Article!;
        var lexical = components.Translator.IsLexicalGloss;
        var pairs = item.Source.Count > 0 ? Timed("align sentences", () => components.Aligner.Align(item.Source, item.Target, backTranslations)) : [];
        var analysis = new ArticleAnalysis(article, item.Source, item.Target, backTranslations, pairs, [], article.SourceLang, lexical);
        var links = Timed("link words", () => analysis.Links);
        var diffs = Timed("diff", () => links.Select(bead => bead.HasGlosses
            ? Diff(bead, item.Source)
            : components.Differ.Diff(
                string.Join(' ', bead.Pair.Source.Select(i => item.Source[i].Text)),
                string.Join(' ', bead.Pair.Target.Select(i => backTranslations[i].Text)))).ToList());
        return analysis with { BackTranslations = lexical ? Timed("guided gloss", () => GuidedGloss.Apply(backTranslations, links)) : backTranslations, Diffs = diffs };
    }

    private T Timed<T>(string stage, Func<T> work)
    {
        if (Clock is null)
        {
            return work();
        }

        var start = StageClock.Start();
        var result = work();
        Clock.Add(stage, start);
        return result;
    }

    private void Timed(string stage, Action work) => Timed(stage, () =>
    {
        work();
        return 0;
    });

    private SentenceDiff Diff(BeadLinks bead, IReadOnlyList<Sentence> source)
    {
        var (sourceSequence, glossSequence) = LinkedSequence.Build(bead, source);
        return components.Differ.Diff(sourceSequence, glossSequence);
    }

    private static ArticleResult Score(SegmentedArticle item, ArticleAnalysis analysis, IEnumerable<Finding> findings, QualityGate gate)
    {
        var ordered = FindingSet.Normalize(findings.Select(f => FindingUnits.Locate(analysis.Article, FindingEvidence.Complete(analysis, f))));
        var words = WordCounter.Count(analysis.Article.Target);
        var score = MqmScorer.Score(ordered, words);
        var verdict = GateEvaluator.Evaluate(gate, ordered, score);
        // The full sense lists and the per-word link detail are the checks' evidence and the bulk of an analysis; the
        // reports need only each word's chosen gloss and the links, so a long run keeps just those.
        var kept = analysis with
        {
            BackTranslations = [.. analysis.BackTranslations.Select(b => b with { Words = [.. b.Words.Select(w => w with { Glosses = [] })] })],
            Links = [.. analysis.Links.Select(l => l.Compact())],
        };
        return new ArticleResult(item.Input.Id, item.Input.Path, kept, ordered, words, score, verdict);
    }

    private sealed record SegmentedArticle(
        ArticleInput Input,
        IReadOnlyList<Sentence> Source,
        IReadOnlyList<Sentence> Target,
        string? Error);
}

using System.Runtime.CompilerServices;
using TranslationQA.Core.Model;
using TranslationQA.Reporting.Json;

namespace TranslationQA.Reporting.Shards;

/// <summary>
/// The reports of every shard of one run, checked to make up that run exactly once, and read back as the single
/// run: its start (rules, engine, gate), its end (the shards' span of time, their engine costs added) and its
/// articles in input order, merged from the shards one article at a time.
/// </summary>
public sealed class ShardMerge : IAsyncDisposable
{
    private readonly IReadOnlyList<ShardReport> _shards;

    private ShardMerge(IReadOnlyList<ShardReport> shards)
    {
        _shards = shards;
        var first = shards[0].Header;
        Run = new RunStart(
            [.. first.Rules.Select(r => new RuleDescriptor(r.Id, r.Name, r.Title, r.Category, Severity(r.DefaultSeverity), r.Help))],
            first.Engine, first.ToolVersion, shards.Min(s => s.Header.StartedAt),
            new QualityGate(first.Gate.FailOn is { } failOn ? Severity(failOn) : null, first.Gate.MaxScore,
                first.Gate.Scope == ReportNames.NewOnlyScope ? GateScope.New : GateScope.All));
        var ended = shards.Max(s => s.Header.StartedAt + TimeSpan.FromMilliseconds(s.Header.DurationMs));
        End = new RunEnd(ended - Run.StartedAt, new EngineStats(
            shards.Sum(s => s.Header.Stats.CharactersSent), shards.Sum(s => s.Header.Stats.Requests), shards.Sum(s => s.Header.Stats.Retries),
            shards.Sum(s => s.Header.Stats.CacheHits), shards.Sum(s => s.Header.Stats.CharactersTranslated)), null, Review(shards));
    }

    /// <summary>The merged run's start.</summary>
    public RunStart Run { get; }

    /// <summary>The merged run's end.</summary>
    public RunEnd End { get; }

    /// <summary>Opens the shard reports and checks that they are every shard of one run, each once.</summary>
    /// <exception cref="ShardMergeException">A report is unreadable, not a shard's, of another run, duplicated, or a shard is missing.</exception>
    public static async Task<ShardMerge> OpenAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var shards = new List<ShardReport>();
        try
        {
            foreach (var path in paths)
            {
                shards.Add(await ShardReport.OpenAsync(path, cancellationToken).ConfigureAwait(false));
            }

            ShardSetCheck.Validate(shards);
            return new ShardMerge(shards);
        }
        catch
        {
            foreach (var shard in shards)
            {
                await shard.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    /// <summary>Every article of every shard, in the order of the whole input, with its position in it.</summary>
    /// <exception cref="ShardMergeException">Two shards hold the same position, or a shard's articles are out of order.</exception>
    public async IAsyncEnumerable<(ArticleResult Result, long Position)> ArticlesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var heads = new List<(ShardReport Shard, IAsyncEnumerator<ArticleDocument> Articles)>();
        try
        {
            foreach (var shard in _shards)
            {
                var articles = shard.ArticlesAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
                if (await articles.MoveNextAsync().ConfigureAwait(false))
                {
                    heads.Add((shard, articles));
                }
                else
                {
                    await articles.DisposeAsync().ConfigureAwait(false);
                }
            }

            long last = -1;
            while (heads.Count > 0)
            {
                var next = heads.MinBy(h => Position(h.Shard, h.Articles.Current));
                var article = next.Articles.Current;
                var position = Position(next.Shard, article);
                if (position <= last)
                {
                    throw new ShardMergeException($"{next.Shard.Path}: article '{article.Id}' at position {position} is out of order or also in another shard");
                }

                last = position;
                yield return (Result(next.Shard, article), position);
                if (!await next.Articles.MoveNextAsync().ConfigureAwait(false))
                {
                    heads.Remove(next);
                    await next.Articles.DisposeAsync().ConfigureAwait(false);
                }
            }
        }
        finally
        {
            foreach (var (_, articles) in heads)
            {
                await articles.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var shard in _shards)
        {
            await shard.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The run's review from its shards': a suppression is stale only if no shard matched it (each shard sees only its
    /// own articles), and each shard lists the absent findings of its own articles.
    /// </summary>
    private static Review.ReviewOutcome? Review(IReadOnlyList<ShardReport> shards)
    {
        if (shards.All(s => s.Header.StaleSuppressions is null && s.Header.Absent is null))
        {
            return null;
        }

        var stale = shards.Select(s => s.Header.StaleSuppressions ?? [])
            .Aggregate((all, next) => [.. all.IntersectBy(next.Select(n => n.Fingerprint), a => a.Fingerprint)]);
        var absent = shards.Any(s => s.Header.Absent is not null) ? shards.SelectMany(s => s.Header.Absent ?? []).ToList() : null;
        return new Review.ReviewOutcome(stale, absent);
    }

    private static long Position(ShardReport shard, ArticleDocument article) =>
        article.MergeData?.Position ?? throw new ShardMergeException($"{shard.Path}: article '{article.Id}' has no mergeData");

    private static ArticleResult Result(ShardReport shard, ArticleDocument article)
    {
        try
        {
            return MergeData.ToResult(article);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException
            or NullReferenceException)
        {
            throw new ShardMergeException($"{shard.Path}: article '{article.Id}' cannot be read back ({e.Message})", e);
        }
    }

    private static Severity Severity(string name) => ReportNames.SeveritiesWorstFirst.First(s => ReportNames.Of(s) == name);
}

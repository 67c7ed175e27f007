using TranslationQA.Reporting.Json;

namespace TranslationQA.Reporting.Shards;

/// <summary>Checks that shard reports are every shard of one run, each once; the messages name the shard at fault.</summary>
internal static class ShardSetCheck
{
    public static void Validate(IReadOnlyList<ShardReport> shards)
    {
        if (shards.Count == 0)
        {
            throw new ShardMergeException("no shard report given");
        }

        var first = shards[0];
        foreach (var shard in shards.Skip(1))
        {
            var difference = Difference(first, shard);
            if (difference is not null)
            {
                throw new ShardMergeException($"{shard.Path}: is not from the same run as {first.Path} ({difference} differs)");
            }
        }

        var count = first.Shard.Count;
        var twice = shards.GroupBy(s => s.Shard.Index).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new ShardMergeException($"shard {twice.Key}/{count} is given twice: {string.Join(", ", twice.Select(s => s.Path))}");
        }

        var missing = Enumerable.Range(1, count).Except(shards.Select(s => s.Shard.Index)).ToList();
        if (missing.Count > 0)
        {
            throw new ShardMergeException(missing.Count == 1
                ? $"shard {missing[0]}/{count} is missing"
                : $"shards {string.Join(", ", missing.Select(k => $"{k}/{count}"))} are missing");
        }

        var held = shards.Sum(s => (long)s.Header.Totals.Articles);
        if (held != first.Shard.TotalArticles)
        {
            throw new ShardMergeException(
                $"the shards hold {held} articles but their input had {first.Shard.TotalArticles}; a report is from another input or was cut short");
        }
    }

    private static string? Difference(ShardReport a, ShardReport b)
    {
        ReportDocument x = a.Header, y = b.Header;
        return a.Shard.Count != b.Shard.Count ? $"the number of shards ({a.Shard.Count} and {b.Shard.Count})"
            : a.Shard.TotalArticles != b.Shard.TotalArticles ? "the number of input articles"
            : x.Engine != y.Engine ? "the engine"
            : x.ToolVersion != y.ToolVersion ? "the tool version"
            : x.Gate != y.Gate ? "the quality gate"
            : !x.Rules.SequenceEqual(y.Rules) ? "the rule catalogue"
            : null;
    }
}

using TranslationQA.Core.Ingestion;
using TranslationQA.Reporting.Shards;

namespace TranslationQA.Cli;

/// <summary>
/// The articles of a run in input order, each read when the pipeline asks for it: every article under the paths,
/// or those of one shard. Problems found while reading are printed as they come; each article keeps its position
/// in the whole input, which a shard's report records so a merge can restore the order of a single run.
/// </summary>
internal sealed class RunInputs(IReadOnlyList<string> paths, IArticleSource reader, Shard? shard, TextWriter stderr)
{
    private readonly Queue<long> _positions = new();

    /// <summary>The articles to check, read lazily.</summary>
    public IEnumerable<ArticleInput> Read()
    {
        long position = 0;
        foreach (var entry in paths.SelectMany(reader.Entries))
        {
            var at = position++;
            if (shard is not null && !shard.Contains(entry.Id))
            {
                continue;
            }

            var input = entry.Read();
            foreach (var warning in input.Warnings)
            {
                stderr.WriteLine($"warning: {warning}");
            }

            if (input.Error is not null)
            {
                stderr.WriteLine($"error: {input.Error}");
            }

            _positions.Enqueue(at);
            yield return input;
        }
    }

    /// <summary>The position in the whole input of the next result (the pipeline yields results in input order).</summary>
    public long NextPosition() => _positions.Dequeue();

    /// <summary>Lists the input once more to count it: every article, and those this run checks.</summary>
    public (long All, long Selected) Count()
    {
        long all = 0, selected = 0;
        foreach (var entry in paths.SelectMany(reader.Entries))
        {
            all++;
            if (shard is null || shard.Contains(entry.Id))
            {
                selected++;
            }
        }

        return (all, selected);
    }
}

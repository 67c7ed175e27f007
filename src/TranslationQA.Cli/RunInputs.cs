using TranslationQA.Core.Ingestion;
using TranslationQA.Reporting.Resume;
using TranslationQA.Reporting.Shards;

namespace TranslationQA.Cli;

/// <summary>
/// The articles of a run in input order, each read when the pipeline asks for it: every article under the paths,
/// or those of one shard. Problems found while reading are printed as they come; each article keeps its position
/// in the whole input, which a shard's report records so a merge can restore the order of a single run. A resumed
/// run's articles that its interrupted run checked come with that run's result, which the pipeline passes through.
/// </summary>
internal sealed class RunInputs(IReadOnlyList<string> paths, IArticleSource reader, Shard? shard, TextWriter stderr, ResumeIndex? resume = null)
{
    private readonly Queue<(long Position, bool Kept)> _next = new();

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

            input = Keep(input);
            _next.Enqueue((at, input.KnownResult is not null));
            yield return input;
        }
    }

    /// <summary>
    /// The position in the whole input of the next result (the pipeline yields results in input order), and whether
    /// it was kept from the interrupted run rather than checked now.
    /// </summary>
    public (long Position, bool Kept) Next() => _next.Dequeue();

    /// <summary>
    /// Lists the input once more to count it: every article, those this run checks, and of those the ones a resumed
    /// run keeps (which reads them, to compare them with what its interrupted run checked).
    /// </summary>
    public (long All, long Selected, long Kept) Count()
    {
        long all = 0, selected = 0, kept = 0;
        foreach (var entry in paths.SelectMany(reader.Entries))
        {
            all++;
            if (shard is null || shard.Contains(entry.Id))
            {
                selected++;
                if (resume is not null && entry.Read().Article is { } article && resume.Contains(article))
                {
                    kept++;
                }
            }
        }

        return (all, selected, kept);
    }

    private ArticleInput Keep(ArticleInput input)
    {
        try
        {
            return resume?.Find(input) is { } result ? input with { KnownResult = result } : input;
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            stderr.WriteLine($"warning: {e.Message}; checking the article again");
            return input;
        }
    }
}

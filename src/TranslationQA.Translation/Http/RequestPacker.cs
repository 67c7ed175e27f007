namespace TranslationQA.Translation.Http;

/// <summary>Packs texts into as few requests as a service's element and character limits allow.</summary>
public static class RequestPacker
{
    /// <summary>
    /// Groups item indices into batches of at most <paramref name="maxElements"/> items and
    /// <paramref name="maxCharacters"/> characters, using first-fit decreasing so the batch count stays near
    /// max(ceil(chars / maxCharacters), ceil(items / maxElements)).
    /// </summary>
    /// <exception cref="ArgumentException">An item is longer than <paramref name="maxCharacters"/> (split it first).</exception>
    public static IReadOnlyList<IReadOnlyList<int>> Pack(IReadOnlyList<int> lengths, int maxElements, int maxCharacters)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxElements, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCharacters, 1);
        var order = Enumerable.Range(0, lengths.Count).OrderByDescending(i => lengths[i]).ThenBy(i => i);
        var batches = new List<List<int>>();
        var used = new List<int>();
        foreach (var item in order)
        {
            var length = lengths[item];
            if (length > maxCharacters)
            {
                throw new ArgumentException($"Item {item} has {length} characters, over the {maxCharacters} limit.", nameof(lengths));
            }

            var target = -1;
            for (var b = 0; b < batches.Count; b++)
            {
                if (batches[b].Count < maxElements && used[b] + length <= maxCharacters)
                {
                    target = b;
                    break;
                }
            }

            if (target < 0)
            {
                batches.Add([]);
                used.Add(0);
                target = batches.Count - 1;
            }

            batches[target].Add(item);
            used[target] += length;
        }

        // Input order inside a batch keeps requests readable in logs and deterministic in tests.
        return batches.Select(b => (IReadOnlyList<int>)[.. b.Order()]).ToList();
    }
}

namespace TranslationQA.Reporting.Streaming;

/// <summary>
/// The first items, in a fixed order, of any number added, kept in bounded memory: at most <c>capacity</c> items,
/// and, when a <c>weight</c> and <c>budget</c> are given, only as many leading items as fit in the budget (rows that
/// could never be shown under a size cap are dropped). It holds at most about twice what it keeps. The order must
/// be total (end on a position) so the result does not depend on when it trims.
/// </summary>
internal sealed class BoundedTop<T>(int capacity, IComparer<T> order, Func<T, long>? weight = null, long budget = long.MaxValue)
{
    private readonly List<T> _items = [];
    private long _weight;
    private int _kept = Math.Max(capacity, 1);

    /// <summary>How many items were added in all.</summary>
    public long Added { get; private set; }

    public void Add(T item)
    {
        Added++;
        _items.Add(item);
        _weight += weight?.Invoke(item) ?? 0;
        if (_items.Count >= 2L * _kept || (budget < long.MaxValue / 2 && _weight >= 2 * budget))
        {
            Trim();
        }
    }

    /// <summary>The kept items in order.</summary>
    public IReadOnlyList<T> Sorted()
    {
        Trim();
        return _items;
    }

    private void Trim()
    {
        _items.Sort(order);
        var keep = Math.Min(capacity, _items.Count);
        if (weight is not null)
        {
            long sum = 0;
            for (var i = 0; i < keep; i++)
            {
                sum += weight(_items[i]);
                if (sum > budget)
                {
                    keep = i + 1;
                    break;
                }
            }
        }

        _items.RemoveRange(keep, _items.Count - keep);
        _weight = weight is null ? 0 : _items.Sum(weight);
        _kept = Math.Max(keep, 1);
    }
}

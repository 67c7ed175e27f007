namespace TranslationQA.Reporting.Streaming;

/// <summary>
/// The first <c>capacity</c> items, in a fixed order, of any number added, kept in bounded memory (at most twice
/// the capacity). The order must be total (end on a position) so the result does not depend on when it trims.
/// </summary>
internal sealed class BoundedTop<T>(int capacity, IComparer<T> order)
{
    private readonly List<T> _items = [];

    /// <summary>How many items were added in all.</summary>
    public long Added { get; private set; }

    public void Add(T item)
    {
        Added++;
        _items.Add(item);
        if (_items.Count >= 2 * Math.Max(capacity, 1))
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
        if (_items.Count > capacity)
        {
            _items.RemoveRange(capacity, _items.Count - capacity);
        }
    }
}

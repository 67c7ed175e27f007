using System.Runtime.InteropServices;

namespace TranslationQA.Translation.Offline;

/// <summary>
/// Each key's distinct values (ordinal) in the order first added, at most a cap. The values of all keys share one
/// array, chained per key: a list per key was ~300k small objects that every collection of a cold build walked.
/// </summary>
internal sealed class DistinctLists(int maxValues)
{
    private readonly Dictionary<string, Chain> _keys = new(StringComparer.Ordinal);
    private Link[] _links = new Link[1024];
    private int _used;

    /// <summary>Appends <paramref name="value"/> to <paramref name="key"/>'s values unless it is there or they are full.</summary>
    public void Add(string key, string value)
    {
        ref var chain = ref CollectionsMarshal.GetValueRefOrAddDefault(_keys, key, out var exists);
        if (!exists)
        {
            chain = new Chain(-1, -1, 0);
        }

        if (chain.Count >= maxValues)
        {
            return;
        }

        for (var i = chain.First; i >= 0; i = _links[i].Next)
        {
            if (_links[i].Value == value)
            {
                return;
            }
        }

        if (_used == _links.Length)
        {
            Array.Resize(ref _links, _used * 2);
        }

        _links[_used] = new Link(value, -1);
        if (chain.Last >= 0)
        {
            _links[chain.Last].Next = _used;
        }

        chain = new Chain(chain.First < 0 ? _used : chain.First, _used, chain.Count + 1);
        _used++;
    }

    /// <summary>Each key, in the order first added, to its values.</summary>
    public Dictionary<string, string[]> Build()
    {
        var result = new Dictionary<string, string[]>(_keys.Count, StringComparer.Ordinal);
        foreach (var (key, chain) in _keys)
        {
            var values = new string[chain.Count];
            for (int i = chain.First, j = 0; i >= 0; i = _links[i].Next, j++)
            {
                values[j] = _links[i].Value;
            }

            result[key] = values;
        }

        return result;
    }

    private readonly record struct Chain(int First, int Last, int Count);

    private record struct Link(string Value, int Next);
}

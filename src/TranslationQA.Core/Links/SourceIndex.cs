using TranslationQA.Core.Text;

namespace TranslationQA.Core.Links;

/// <summary>
/// The compared source words of a bead indexed by stem, stem prefix, name key, number value and entity, so that each
/// German sense finds its candidates without a scan of the sentence.
/// </summary>
internal sealed class SourceIndex
{
    private const int PrefixLength = 5;
    private readonly Dictionary<string, List<int>> _stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<double, List<int>> _values = [];
    private readonly Dictionary<string, List<int>> _entities = new(StringComparer.Ordinal);
    private readonly List<SourceTerm> _terms;
    private readonly List<int> _longKeys = [];

    public SourceIndex(List<SourceTerm> terms)
    {
        _terms = terms;
        for (var i = 0; i < terms.Count; i++)
        {
            var t = terms[i];
            if (!t.IsCompared)
            {
                continue;
            }

            if (t.Role == WordRole.Negation)
            {
                Negations.Add(i);
                continue;
            }

            foreach (var v in t.Values)
            {
                Add(_values, v, i);
            }

            if (t.Entity is { } e)
            {
                Add(_entities, e, i);
            }

            if (t.Role == WordRole.Number)
            {
                continue;
            }

            Add(_stems, t.Stem, i);
            if (t.Stem.Length >= PrefixLength)
            {
                Add(_prefixes, t.Stem[..PrefixLength], i);
            }

            var key = NameKey.Of(t.Text);
            Add(_keys, key, i);
            if (key.Length >= 6)
            {
                _longKeys.Add(i);
            }
        }
    }

    /// <summary>The source negations.</summary>
    public List<int> Negations { get; } = [];

    /// <summary>Source words with number value <paramref name="value"/>.</summary>
    public IEnumerable<int> WithValue(double value) => _values.GetValueOrDefault(value) ?? [];

    /// <summary>Source words naming <paramref name="entity"/>.</summary>
    public IEnumerable<int> WithEntity(string entity) => _entities.GetValueOrDefault(entity) ?? [];

    /// <summary>Source words whose stem is <see cref="Stemmer.Related"/> to <paramref name="stem"/>.</summary>
    public IEnumerable<int> WithStem(string stem)
    {
        if (_stems.TryGetValue(stem, out var exact))
        {
            foreach (var i in exact)
            {
                yield return i;
            }
        }

        if (stem.Length >= PrefixLength && _prefixes.TryGetValue(stem[..PrefixLength], out var near))
        {
            foreach (var i in near)
            {
                if (_terms[i].Stem != stem && Stemmer.Related(_terms[i].Stem, stem))
                {
                    yield return i;
                }
            }
        }
    }

    /// <summary>
    /// Source words spelt like German <paramref name="surface"/> under <see cref="NameKey"/> (exact), or one edit apart
    /// for keys of six letters or more (fuzzy); a German genitive -s is ignored.
    /// </summary>
    public IEnumerable<(int Index, bool Exact)> Spelt(string surface)
    {
        var key = NameKey.Of(surface);
        var bare = surface.Length > 4 && surface.EndsWith('s') ? NameKey.Of(surface[..^1]) : key;
        var found = new HashSet<int>();
        foreach (var k in bare == key ? [key] : new[] { key, bare })
        {
            foreach (var i in _keys.GetValueOrDefault(k) ?? [])
            {
                if (found.Add(i))
                {
                    yield return (i, true);
                }
            }
        }

        if (key.Length < 6)
        {
            yield break;
        }

        foreach (var i in _longKeys)
        {
            var other = NameKey.Of(_terms[i].Text);
            if (!found.Contains(i) && (EditDistance.Damerau(other, key, 1) <= 1 || bare != key && EditDistance.Damerau(other, bare, 1) <= 1))
            {
                yield return (i, false);
            }
        }
    }

    private static void Add<TKey>(Dictionary<TKey, List<int>> map, TKey key, int i)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(i);
    }
}

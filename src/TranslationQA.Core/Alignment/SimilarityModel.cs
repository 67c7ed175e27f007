using TranslationQA.Core.Model;

namespace TranslationQA.Core.Alignment;

/// <summary>
/// Lexical similarity between source sentences and back-translated target sentences, precomputed as inverted
/// indices so that any bead (one or two sentences per side) is scored in time linear in its token count.
/// </summary>
internal sealed class SimilarityModel
{
    // Up to this many cells the coverage tables are dense (an array lookup per test, the hot path of alignment);
    // beyond, sets: the dense tables grow with the square of the article's length (a 1 MB article needed more than a
    // gigabyte for them). A long news article (100 sentences, 2,500 slots) needs 0.5 million.
    private const long DenseCells = 16_000_000;

    // Per source sentence: its distinct content keys, as a list and as a set.
    private readonly int[][] _sourceKeys;
    private readonly HashSet<int>[] _sourceKeySets;

    // Dense coverage, when small enough: per key, in which target sentences it is covered; per slot, in which source sentences.
    private readonly bool[][]? _keyInTarget;
    private readonly bool[][]? _slotInSource;

    // Per target sentence: its content slots (one per German token, or per back-translated word), and the keys they
    // cover. Per slot: the source keys it covers (exactly or as a similar name).
    private readonly int[][] _targetSlots;
    private readonly HashSet<int>[] _targetKeySets;
    private readonly int[][] _slotKeys;

    /// <summary>Builds the model for one article.</summary>
    /// <param name="source">The source sentences.</param>
    /// <param name="backTranslations">The back-translation of every target sentence.</param>
    /// <param name="denseCells">Largest coverage table kept dense (tests set 0 to check the sparse tables agree).</param>
    public SimilarityModel(IReadOnlyList<Sentence> source, IReadOnlyList<SentenceBackTranslation> backTranslations, long denseCells = DenseCells)
    {
        var n = source.Count;
        var m = backTranslations.Count;
        var keyIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var keyNames = new List<string?>();
        _sourceKeys = new int[n][];
        _sourceKeySets = new HashSet<int>[n];
        for (var i = 0; i < n; i++)
        {
            var ids = new HashSet<int>();
            var order = new List<int>();
            foreach (var token in LexicalNormalizer.Tokens(source[i].Text))
            {
                if (!keyIds.TryGetValue(token.Key, out var id))
                {
                    id = keyIds.Count;
                    keyIds.Add(token.Key, id);
                    keyNames.Add(token.Name);
                }

                keyNames[id] ??= token.Name;
                if (ids.Add(id))
                {
                    order.Add(id);
                }
            }

            _sourceKeys[i] = [.. order];
            _sourceKeySets[i] = ids;
        }

        var slots = new List<Slot>();
        _targetSlots = new int[m][];
        for (var j = 0; j < m; j++)
        {
            var first = slots.Count;
            slots.AddRange(Slot.FromBackTranslation(backTranslations[j]));
            _targetSlots[j] = [.. Enumerable.Range(first, slots.Count - first)];
        }

        var fuzzy = new FuzzyNames(keyNames);
        _slotKeys = new int[slots.Count][];
        _targetKeySets = new HashSet<int>[m];
        for (var j = 0; j < m; j++)
        {
            var covered = _targetKeySets[j] = [];
            foreach (var slot in _targetSlots[j])
            {
                var keys = slots[slot].Keys.Where(keyIds.ContainsKey).Select(k => keyIds[k])
                    .Concat(slots[slot].Names.SelectMany(fuzzy.Matches)).Distinct().ToArray();
                _slotKeys[slot] = keys;
                covered.UnionWith(keys);
            }
        }

        if (((long)keyIds.Count * m) + ((long)slots.Count * n) <= denseCells)
        {
            (_keyInTarget, _slotInSource) = Dense(keyIds.Count, n, m);
        }
    }

    /// <summary>F1 of source-token recall and back-translation-slot precision for the bead, in [0, 1].</summary>
    public double Similarity(int sourceFrom, int sourceCount, int targetFrom, int targetCount)
    {
        int recalled = 0, sourceTotal = 0;
        for (var i = sourceFrom; i < sourceFrom + sourceCount; i++)
        {
            foreach (var k in _sourceKeys[i])
            {
                sourceTotal++;
                if (KeyInTarget(k, targetFrom) || (targetCount == 2 && KeyInTarget(k, targetFrom + 1)))
                {
                    recalled++;
                }
            }
        }

        int precise = 0, targetTotal = 0;
        for (var j = targetFrom; j < targetFrom + targetCount; j++)
        {
            foreach (var s in _targetSlots[j])
            {
                targetTotal++;
                if (SlotInSource(s, sourceFrom) || (sourceCount == 2 && SlotInSource(s, sourceFrom + 1)))
                {
                    precise++;
                }
            }
        }

        if (recalled == 0 || precise == 0)
        {
            return 0;
        }

        var recall = (double)recalled / sourceTotal;
        var precision = (double)precise / targetTotal;
        return 2 * recall * precision / (recall + precision);
    }

    /// <summary>Share of source sentence <paramref name="i"/>'s content covered by target <paramref name="j"/> (0.5 when it has none).</summary>
    public double SourceSupport(int i, int j)
    {
        var keys = _sourceKeys[i];
        return keys.Length == 0 ? 0.5 : (double)keys.Count(k => KeyInTarget(k, j)) / keys.Length;
    }

    /// <summary>Share of target sentence <paramref name="j"/>'s slots covered by source <paramref name="i"/> (0.5 when it has none).</summary>
    public double TargetSupport(int j, int i)
    {
        var slots = _targetSlots[j];
        return slots.Length == 0 ? 0.5 : (double)slots.Count(s => SlotInSource(s, i)) / slots.Length;
    }

    private (bool[][] KeyInTarget, bool[][] SlotInSource) Dense(int keys, int n, int m)
    {
        var keyInTarget = new bool[keys][];
        for (var k = 0; k < keys; k++)
        {
            keyInTarget[k] = new bool[m];
        }

        for (var j = 0; j < m; j++)
        {
            foreach (var k in _targetKeySets[j])
            {
                keyInTarget[k][j] = true;
            }
        }

        var sentencesOfKey = new List<int>[keys];
        for (var i = 0; i < n; i++)
        {
            foreach (var k in _sourceKeys[i])
            {
                (sentencesOfKey[k] ??= []).Add(i);
            }
        }

        var slotInSource = new bool[_slotKeys.Length][];
        for (var slot = 0; slot < _slotKeys.Length; slot++)
        {
            var row = slotInSource[slot] = new bool[n];
            foreach (var k in _slotKeys[slot])
            {
                foreach (var i in sentencesOfKey[k] ?? [])
                {
                    row[i] = true;
                }
            }
        }

        return (keyInTarget, slotInSource);
    }

    private bool KeyInTarget(int key, int j) => _keyInTarget?[key][j] ?? _targetKeySets[j].Contains(key);

    private bool SlotInSource(int slot, int i) => _slotInSource?[slot][i] ?? SlotInSourceSparse(slot, i);

    private bool SlotInSourceSparse(int slot, int i)
    {
        foreach (var k in _slotKeys[slot])
        {
            if (_sourceKeySets[i].Contains(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Number of content keys of source sentence <paramref name="i"/> (0 means the lexical score says nothing).</summary>
    public int SourceContent(int i) => _sourceKeys[i].Length;

    /// <summary>Number of content slots of target sentence <paramref name="j"/>.</summary>
    public int TargetContent(int j) => _targetSlots[j].Length;

    /// <summary>
    /// Names are transliterated differently across languages (Lavrov/Lawrow): the source keys whose name is similar
    /// to a German name, worked out once per distinct name.
    /// </summary>
    private sealed class FuzzyNames(List<string?> keyNames)
    {
        private readonly Dictionary<string, int[]> _matches = new(StringComparer.Ordinal);

        public int[] Matches(string name)
        {
            if (!_matches.TryGetValue(name, out var keys))
            {
                keys = [.. Enumerable.Range(0, keyNames.Count).Where(k => keyNames[k] is { } keyName && LexicalNormalizer.SimilarNames(keyName, name))];
                _matches[name] = keys;
            }

            return keys;
        }
    }
}

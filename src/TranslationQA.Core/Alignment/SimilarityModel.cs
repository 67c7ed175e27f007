using TranslationQA.Core.Model;

namespace TranslationQA.Core.Alignment;

/// <summary>
/// Lexical similarity between source sentences and back-translated target sentences, precomputed as inverted
/// indices so that any bead (one or two sentences per side) is scored in time linear in its token count.
/// </summary>
internal sealed class SimilarityModel
{
    // Per source sentence: ids of its distinct content keys. Per key: in which target sentences it is covered.
    private readonly int[][] _sourceKeys;
    private readonly bool[][] _keyInTarget;

    // Per target sentence: its content slots (one per German token, or per back-translated word). Per slot: in which source sentences it is covered.
    private readonly int[][] _targetSlots;
    private readonly bool[][] _slotInSource;

    /// <summary>Builds the model for one article.</summary>
    public SimilarityModel(IReadOnlyList<Sentence> source, IReadOnlyList<SentenceBackTranslation> backTranslations)
    {
        var n = source.Count;
        var m = backTranslations.Count;
        var keyIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var keyNames = new List<string?>();
        var sourceIndex = new List<List<int>>();
        _sourceKeys = new int[n][];
        for (var i = 0; i < n; i++)
        {
            var ids = new HashSet<int>();
            foreach (var token in LexicalNormalizer.Tokens(source[i].Text))
            {
                if (!keyIds.TryGetValue(token.Key, out var id))
                {
                    id = keyIds.Count;
                    keyIds.Add(token.Key, id);
                    keyNames.Add(token.Name);
                    sourceIndex.Add([]);
                }

                keyNames[id] ??= token.Name;
                if (ids.Add(id))
                {
                    sourceIndex[id].Add(i);
                }
            }

            _sourceKeys[i] = [.. ids];
        }

        var slots = new List<Slot>();
        _targetSlots = new int[m][];
        for (var j = 0; j < m; j++)
        {
            var first = slots.Count;
            slots.AddRange(Slot.FromBackTranslation(backTranslations[j]));
            _targetSlots[j] = [.. Enumerable.Range(first, slots.Count - first)];
        }

        var fuzzy = FuzzyNameMatches(keyNames, slots);
        _keyInTarget = new bool[keyIds.Count][];
        for (var k = 0; k < keyIds.Count; k++)
        {
            _keyInTarget[k] = new bool[m];
        }

        _slotInSource = new bool[slots.Count][];
        for (var j = 0; j < m; j++)
        {
            foreach (var s in _targetSlots[j])
            {
                var inSource = _slotInSource[s] = new bool[n];
                var matchedKeys = slots[s].Keys.Where(keyIds.ContainsKey).Select(k => keyIds[k]);
                foreach (var k in matchedKeys.Concat(fuzzy.GetValueOrDefault(s, [])))
                {
                    _keyInTarget[k][j] = true;
                    foreach (var i in sourceIndex[k])
                    {
                        inSource[i] = true;
                    }
                }
            }
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
                var row = _keyInTarget[k];
                if (row[targetFrom] || (targetCount == 2 && row[targetFrom + 1]))
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
                var row = _slotInSource[s];
                if (row[sourceFrom] || (sourceCount == 2 && row[sourceFrom + 1]))
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
        return keys.Length == 0 ? 0.5 : (double)keys.Count(k => _keyInTarget[k][j]) / keys.Length;
    }

    /// <summary>Share of target sentence <paramref name="j"/>'s slots covered by source <paramref name="i"/> (0.5 when it has none).</summary>
    public double TargetSupport(int j, int i)
    {
        var slots = _targetSlots[j];
        return slots.Length == 0 ? 0.5 : (double)slots.Count(s => _slotInSource[s][i]) / slots.Length;
    }

    /// <summary>Number of content keys of source sentence <paramref name="i"/> (0 means the lexical score says nothing).</summary>
    public int SourceContent(int i) => _sourceKeys[i].Length;

    /// <summary>Number of content slots of target sentence <paramref name="j"/>.</summary>
    public int TargetContent(int j) => _targetSlots[j].Length;

    private static Dictionary<int, List<int>> FuzzyNameMatches(List<string?> keyNames, List<Slot> slots)
    {
        // Names are transliterated differently across languages (Lavrov/Lawrow); compare each distinct pair once.
        var result = new Dictionary<int, List<int>>();
        var cache = new Dictionary<(int, string), bool>();
        for (var s = 0; s < slots.Count; s++)
        {
            foreach (var name in slots[s].Names)
            {
                for (var k = 0; k < keyNames.Count; k++)
                {
                    if (keyNames[k] is not { } keyName)
                    {
                        continue;
                    }

                    if (!cache.TryGetValue((k, name), out var similar))
                    {
                        similar = LexicalNormalizer.SimilarNames(keyName, name);
                        cache[(k, name)] = similar;
                    }

                    if (similar)
                    {
                        (result.TryGetValue(s, out var list) ? list : result[s] = []).Add(k);
                    }
                }
            }
        }

        return result;
    }
}

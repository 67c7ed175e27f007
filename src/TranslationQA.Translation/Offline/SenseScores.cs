using System.Runtime.InteropServices;

namespace TranslationQA.Translation.Offline;

/// <summary>
/// The candidate senses of each key with the best score a Ding entry gave them and how many entries gave them,
/// ranked on demand: best score, a little more for every entry that repeats the sense, then shorter first.
/// </summary>
internal sealed class SenseScores(int maxSenses)
{
    // The candidates of all keys share one array, chained per key: most keys have a handful of senses, and ~300k
    // small dictionaries, later lists, were the bulk of a cold build's allocations and of what its collections walked.
    private readonly Dictionary<string, int> _first = new(StringComparer.Ordinal);
    private Candidate[] _candidates = new Candidate[1024];
    private int _used;

    /// <summary>Records that an entry renders <paramref name="key"/> as <paramref name="text"/> with <paramref name="score"/>.</summary>
    public void Add(string key, string text, double score)
    {
        ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(_first, key, out var exists);
        if (exists)
        {
            for (var i = first; i >= 0; i = _candidates[i].Next)
            {
                ref var c = ref _candidates[i];
                if (ReferenceEquals(c.Text, text) || c.Text == text)
                {
                    c.Best = Math.Max(c.Best, score);
                    c.Seen++;
                    return;
                }
            }
        }

        if (_used == _candidates.Length)
        {
            Array.Resize(ref _candidates, _used * 2);
        }

        // New senses go first in the chain: the ranking below orders them whatever the order they came in.
        _candidates[_used] = new Candidate { Text = text, Best = score, Seen = 1, Next = exists ? first : -1 };
        first = _used++;
    }

    /// <summary>Each key's senses, best first, at most the cap given at construction.</summary>
    public Dictionary<string, string[]> Build()
    {
        var result = new Dictionary<string, string[]>(_first.Count, StringComparer.Ordinal);
        var ranked = new List<(double Rank, string Text)>();
        foreach (var (key, first) in _first)
        {
            ranked.Clear();
            for (var i = first; i >= 0; i = _candidates[i].Next)
            {
                var c = _candidates[i];
                ranked.Add((c.Best + (0.25 * Math.Min(c.Seen - 1, 4)), c.Text));
            }

            // The texts of a key are distinct, so this order is total and an unstable sort gives the one result.
            ranked.Sort(static (a, b) =>
            {
                var byRank = b.Rank.CompareTo(a.Rank);
                if (byRank != 0)
                {
                    return byRank;
                }

                var byLength = a.Text.Length.CompareTo(b.Text.Length);
                return byLength != 0 ? byLength : string.CompareOrdinal(a.Text, b.Text);
            });
            var best = new string[Math.Min(ranked.Count, maxSenses)];
            for (var i = 0; i < best.Length; i++)
            {
                best[i] = ranked[i].Text;
            }

            result[key] = best;
        }

        return result;
    }

    private struct Candidate
    {
        public string Text;
        public double Best;
        public int Seen;
        public int Next;
    }
}

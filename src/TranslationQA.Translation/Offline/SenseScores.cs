namespace TranslationQA.Translation.Offline;

/// <summary>
/// The candidate senses of each key with the best score a Ding entry gave them and how many entries gave them,
/// ranked on demand: best score, a little more for every entry that repeats the sense, then shorter first.
/// </summary>
internal sealed class SenseScores(int maxSenses)
{
    private readonly Dictionary<string, Dictionary<string, (double Best, int Seen)>> _scores = new(StringComparer.Ordinal);

    /// <summary>Records that an entry renders <paramref name="key"/> as <paramref name="text"/> with <paramref name="score"/>.</summary>
    public void Add(string key, string text, double score)
    {
        if (!_scores.TryGetValue(key, out var senses))
        {
            _scores[key] = senses = new Dictionary<string, (double, int)>(StringComparer.Ordinal);
        }

        senses[text] = senses.TryGetValue(text, out var old)
            ? (Math.Max(old.Best, score), old.Seen + 1)
            : (score, 1);
    }

    /// <summary>Each key's senses, best first, at most the cap given at construction.</summary>
    public Dictionary<string, string[]> Build()
    {
        var result = new Dictionary<string, string[]>(_scores.Count, StringComparer.Ordinal);
        foreach (var (key, senses) in _scores)
        {
            result[key] = senses
                .OrderByDescending(g => g.Value.Best + (0.25 * Math.Min(g.Value.Seen - 1, 4)))
                .ThenBy(g => g.Key.Length)
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Take(maxSenses)
                .Select(g => g.Key)
                .ToArray();
        }

        return result;
    }
}

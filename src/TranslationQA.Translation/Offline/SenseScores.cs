namespace TranslationQA.Translation.Offline;

/// <summary>
/// The candidate senses of each key with the best score a Ding entry gave them and how many entries gave them,
/// ranked on demand: best score, a little more for every entry that repeats the sense, then shorter first.
/// </summary>
internal sealed class SenseScores(int maxSenses)
{
    // A list per key, not a dictionary: most keys have a handful of senses, and ~300k small dictionaries were the
    // bulk of a cold build's allocations.
    private readonly Dictionary<string, List<Candidate>> _scores = new(StringComparer.Ordinal);

    /// <summary>Records that an entry renders <paramref name="key"/> as <paramref name="text"/> with <paramref name="score"/>.</summary>
    public void Add(string key, string text, double score)
    {
        if (!_scores.TryGetValue(key, out var senses))
        {
            _scores[key] = senses = new List<Candidate>(2);
        }

        var i = senses.FindIndex(c => ReferenceEquals(c.Text, text) || c.Text == text);
        if (i < 0)
        {
            senses.Add(new Candidate(text, score, 1));
        }
        else
        {
            var old = senses[i];
            senses[i] = old with { Best = Math.Max(old.Best, score), Seen = old.Seen + 1 };
        }
    }

    /// <summary>Each key's senses, best first, at most the cap given at construction.</summary>
    public Dictionary<string, string[]> Build()
    {
        var result = new Dictionary<string, string[]>(_scores.Count, StringComparer.Ordinal);
        foreach (var (key, senses) in _scores)
        {
            result[key] = senses
                .OrderByDescending(c => c.Best + (0.25 * Math.Min(c.Seen - 1, 4)))
                .ThenBy(c => c.Text.Length)
                .ThenBy(c => c.Text, StringComparer.Ordinal)
                .Take(maxSenses)
                .Select(c => c.Text)
                .ToArray();
        }

        return result;
    }

    private readonly record struct Candidate(string Text, double Best, int Seen);
}

namespace TranslationQA.Translation.Offline;

/// <summary>How often each English lemma was sense-tagged in WordNet's corpus (cntlist.rev): a frequency proxy.</summary>
internal sealed class WordNetCounts
{
    private readonly Dictionary<string, int> _counts;

    private WordNetCounts(Dictionary<string, int> counts) => _counts = counts;

    /// <summary>Reads cntlist.rev lines "lemma%sense_key sense_number tag_count".</summary>
    public static WordNetCounts Load(string cntlistPath)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(cntlistPath))
        {
            var pct = line.IndexOf('%');
            var space = line.LastIndexOf(' ');
            if (pct <= 0 || space < pct || !int.TryParse(line.AsSpan(space + 1), out var n))
            {
                continue;
            }

            var lemma = line[..pct].Replace('_', ' ').ToLowerInvariant();
            counts[lemma] = counts.GetValueOrDefault(lemma) + n;
        }

        return new WordNetCounts(counts);
    }

    /// <summary>Tag count of <paramref name="phrase"/>; for an unknown phrase a fraction of its last word's count.</summary>
    public double Frequency(string phrase)
    {
        if (_counts.TryGetValue(phrase, out var n))
        {
            return n;
        }

        var space = phrase.LastIndexOf(' ');
        // The head of an English phrase is its last word, so "appeal proceedings" counts a little like "proceedings".
        return space > 0 && _counts.TryGetValue(phrase[(space + 1)..], out var head) ? head * 0.2 : 0;
    }
}

namespace TranslationQA.Translation.Offline;

/// <summary>
/// Collects Ding's heads of 2-3 words ("vor kurzem", "Naher Osten", "auf Eis liegen") as phrase entries keyed by
/// <see cref="PhraseKey"/>, and for a phrase that ends in a verb after a noun the words a main clause keeps together
/// when it moves the verb away ("auf Eis" of "auf Eis liegen").
/// </summary>
internal sealed class PhraseCollector
{
    // Phrases are rarer and more specific than words: a few senses each keeps the cache small.
    private const int MaxSenses = 8;
    private readonly SenseScores _senses = new(MaxSenses);
    private readonly DistinctLists _verbPhrases = new(int.MaxValue);
    private readonly Dictionary<string, string> _intern = new(StringComparer.Ordinal);

    /// <summary>The phrase a head of several words is, or null for other heads; safe on any thread.</summary>
    public static Phrase? Analyse(DingHead head) =>
        // Sentences and long examples are no phrases a window of 2-3 words can find.
        head.Word.Length > 60 || !head.Word.Contains(' ', StringComparison.Ordinal) || PhraseKey.Analyse(head.Word) is not { } analysed
            ? null
            : new Phrase(analysed.Key, analysed.Together);

    /// <summary>Adds <paramref name="phrase"/> (<see cref="Analyse"/> of <paramref name="head"/>) with the renderings of its part and their scores.</summary>
    public void Add(Phrase phrase, DingHead head, DingPart part, double[] scores)
    {
        var key = Intern(phrase.Key);
        var rest = phrase.Together;
        if (rest is not null)
        {
            _verbPhrases.Add(Intern(rest), key);
        }

        for (var j = 0; j < part.Renderings.Count; j++)
        {
            // Like a word's senses, a later synonym of the part ranks a little lower.
            _senses.Add(key, Intern(part.Renderings[j].Text), scores[j] - (0.4 * Math.Min(head.Position, 3)));
        }
    }

    /// <summary>Phrase key to English glosses, best first.</summary>
    public Dictionary<string, string[]> BuildPhrases() => _senses.Build();

    /// <summary>Key of the words a main clause keeps together to the keys of the noun-verb phrases they belong to.</summary>
    public Dictionary<string, string[]> BuildVerbPhrases() => _verbPhrases.Build();

    /// <summary>A phrase's <see cref="PhraseKey"/> and the key of the words a main clause keeps together of it, if any.</summary>
    public sealed record Phrase(string Key, string? Together);

    private string Intern(string s)
    {
        if (_intern.TryGetValue(s, out var existing))
        {
            return existing;
        }

        _intern[s] = s;
        return s;
    }
}

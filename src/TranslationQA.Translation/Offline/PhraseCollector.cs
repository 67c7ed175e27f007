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

    /// <summary>Adds a head of several words with the renderings of its part and their scores; other heads are ignored.</summary>
    public void Add(DingHead head, DingPart part, double[] scores)
    {
        // Sentences and long examples are no phrases a window of 2-3 words can find.
        if (head.Word.Length > 60 || PhraseKey.Analyse(head.Word) is not { } analysed)
        {
            return;
        }

        var (phrase, rest) = analysed;
        var key = Intern(phrase);
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

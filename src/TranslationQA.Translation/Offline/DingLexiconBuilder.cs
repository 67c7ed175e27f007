namespace TranslationQA.Translation.Offline;

/// <summary>
/// Builds the ranked German-to-English lexicon, the English-to-German index, the lemmas of inflected forms, the
/// particles of separable verbs and the phrase entries from Ding lines.
/// A sense ranks higher when its English word is frequent (WordNet), it comes early among synonyms and entries,
/// it carries no rare-domain label and it is short.
/// </summary>
internal sealed class DingLexiconBuilder(WordNetCounts wordNet)
{
    // Cuts real senses of some verbs (halten: comply with; führen: lead to), but raising it to 24 (2026-11, wmt21
    // references vs unrelated CED pairs, eng/diff-gaps.py share) linked as many more unrelated source words as
    // references: the senses past 16 are mostly rare ones.
    private const int MaxGlosses = 16;
    private const int MaxReverse = 24;
    // A word read out of a longer synonym or an abbreviation ranks half a step below the senses Ding gives it alone.
    private const double DerivedPenalty = 0.5;
    // Lines parsed per batch. Building the full lexicon on the shared 2-core machine (2026-11-30, two runs each):
    // 256 lines 6.9-7.3 s user CPU and 310-321 MB peak, 1,024 lines 7.6-8.0 s and 334-362 MB, 4,096 lines
    // 8.2-8.6 s and 457-488 MB. A small batch is added before a collection has to promote its parse.
    private const int BatchLines = 256;
    private readonly SenseScores _scores = new(MaxGlosses);
    private readonly PhraseCollector _phrases = new();
    private readonly Dictionary<string, int> _entriesSeen = new(StringComparer.Ordinal);
    private readonly DistinctLists _reverse = new(MaxReverse);
    private readonly Dictionary<string, string> _lemmas = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _intern = new(StringComparer.Ordinal);
    private readonly SeparableParticles _particles = new();
    private readonly HashSet<string> _seenThisLine = new(StringComparer.Ordinal);

    /// <summary>Adds every line of a Ding file.</summary>
    public void AddFile(string path)
    {
        // Parsing is pure and most of the work: a pool thread parses the next batch of lines while this one adds the
        // last, in file order, so the lexicon is the same as a line-by-line build's.
        using var batches = File.ReadLines(path).Chunk(BatchLines).GetEnumerator();
        var next = ParseNext(batches);
        while (next is not null)
        {
            var parsed = next.GetAwaiter().GetResult();
            next = ParseNext(batches);
            foreach (var parts in parsed)
            {
                Add(parts);
            }
        }
    }

    /// <summary>Adds one Ding line.</summary>
    public void AddLine(string line) => Add(DingParser.ParseLine(line));

    private static Task<IReadOnlyList<DingPart>?[]>? ParseNext(IEnumerator<string[]> batches)
    {
        if (!batches.MoveNext())
        {
            return null;
        }

        var lines = batches.Current;
        return Task.Run(() => Array.ConvertAll(lines, DingParser.ParseLine));
    }

    private void Add(IReadOnlyList<DingPart>? parts)
    {
        if (parts is null || parts.Count == 0)
        {
            return;
        }

        _particles.Add(parts);
        var baseScores = Score(parts[0], null);
        var seenThisLine = _seenThisLine;
        seenThisLine.Clear();
        for (var k = 0; k < parts.Count; k++)
        {
            var part = parts[k];
            // Inflected forms in later parts rank like the base forms they parallel (plural "calls" like "call").
            var scores = k == 0 ? baseScores : Score(part, part.Renderings.Count == parts[0].Renderings.Count ? baseScores : null);
            foreach (var head in part.Heads)
            {
                if (head.Word.Contains(' ', StringComparison.Ordinal))
                {
                    _phrases.Add(head, part, scores);
                    continue;
                }

                var key = Intern(head.Word);
                if (head.Kind != DingHeadKind.Abbreviation)
                {
                    AddLemma(key, parts[0], head.Position, k);
                }

                if (seenThisLine.Add(key))
                {
                    _entriesSeen[key] = _entriesSeen.GetValueOrDefault(key) + 1;
                }

                var entryRank = Math.Min(_entriesSeen[key] - 1, 4);
                var derived = head.Kind == DingHeadKind.Written ? 0 : DerivedPenalty;
                for (var j = 0; j < part.Renderings.Count; j++)
                {
                    var rendering = part.Renderings[j];
                    var score = scores[j] - (0.3 * entryRank) - (0.4 * Math.Min(head.Position, 3)) - derived;
                    var text = Intern(rendering.Text);
                    _scores.Add(key, text, score);
                    AddReverse(text, key);
                    if (rendering.Abbreviation is { } abbreviation)
                    {
                        // "BIP" is first "gdp", then "gross domestic product"; "Bruttoinlandsprodukt" the other way round.
                        var abbr = Intern(abbreviation);
                        _scores.Add(key, abbr, score + (head.Kind == DingHeadKind.Abbreviation ? 0.1 : -0.1));
                        AddReverse(abbr, key);
                    }
                }
            }
        }
    }

    /// <summary>German headword to English glosses, best first.</summary>
    public Dictionary<string, string[]> BuildLexicon() => _scores.Build();

    /// <summary>Phrase of 2-3 German words, keyed by <see cref="PhraseKey"/>, to English glosses, best first.</summary>
    public Dictionary<string, string[]> BuildPhrases() => _phrases.BuildPhrases();

    /// <summary>What a main clause keeps together of a noun-verb phrase (<see cref="PhraseKey.Analyse"/>) to the phrases' keys.</summary>
    public Dictionary<string, string[]> BuildVerbPhrases() => _phrases.BuildVerbPhrases();

    /// <summary>Inflected German form to its base headword, learnt from the parallel parts of Ding lines.</summary>
    public Dictionary<string, string[]> BuildLemmas() =>
        _lemmas.ToDictionary(p => p.Key, p => new[] { p.Value }, StringComparer.Ordinal);

    /// <summary>Particle of separable verbs ("ab") to the verbs Ding conjugates with it ("abbauen", ...).</summary>
    public Dictionary<string, string[]> BuildParticles() => _particles.Build();

    /// <summary>English lemma or phrase to German headwords, in dictionary order.</summary>
    public Dictionary<string, string[]> BuildReverse() => _reverse.Build();

    private double[] Score(DingPart part, double[]? parallel)
    {
        var partPenalty = LabelPenalty.Of(part.Labels);
        var scores = new double[part.Renderings.Count];
        for (var j = 0; j < scores.Length; j++)
        {
            var r = part.Renderings[j];
            if (parallel is not null)
            {
                scores[j] = parallel[j] - LabelPenalty.Of(r.Labels);
                continue;
            }

            var words = 1 + r.Text.AsSpan().Count(' ');
            scores[j] = Math.Log(1 + wordNet.Frequency(r.Text))
                - (0.35 * r.Position)
                - partPenalty
                - LabelPenalty.Of(r.Labels)
                - (0.6 * (words - 1))
                - (words > 4 ? 2.0 : 0.0);
        }

        return scores;
    }

    private void AddLemma(string form, DingPart basePart, int position, int k)
    {
        // "Berufungen {pl}" in part 1 is the plural of "Berufung" at the same position in part 0.
        if (k == 0)
        {
            return;
        }

        var lemma = DingParser.HeadAt(basePart, position);
        if (lemma is not null && !lemma.Contains(' ', StringComparison.Ordinal) && lemma != form)
        {
            _lemmas.TryAdd(form, Intern(lemma));
        }
    }

    private void AddReverse(string english, string german)
    {
        if (english.AsSpan().Count(' ') <= 2)
        {
            _reverse.Add(english, german);
        }
    }

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

using System.Runtime.InteropServices;

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
        // What a line yields on its own (parse, scores, phrase keys) is most of the work: a pool thread prepares the
        // next batch of lines while this one adds the last, in file order, so the lexicon is a line-by-line build's.
        using var batches = File.ReadLines(path).Chunk(BatchLines).GetEnumerator();
        var next = PrepareNext(batches);
        while (next is not null)
        {
            var prepared = next.GetAwaiter().GetResult();
            next = PrepareNext(batches);
            foreach (var line in prepared)
            {
                Add(line);
            }
        }
    }

    /// <summary>Adds one Ding line.</summary>
    public void AddLine(string line) => Add(Prepare(line));

    private Task<PreparedLine?[]>? PrepareNext(IEnumerator<string[]> batches)
    {
        if (!batches.MoveNext())
        {
            return null;
        }

        var lines = batches.Current;
        return Task.Run(() => Array.ConvertAll(lines, Prepare));
    }

    /// <summary>Parses a line and computes what needs no state of the builder; safe on any thread.</summary>
    private PreparedLine? Prepare(string line)
    {
        var parts = DingParser.ParseLine(line);
        if (parts is null || parts.Count == 0)
        {
            return null;
        }

        var scores = new double[parts.Count][];
        var phrases = new PhraseCollector.Phrase?[parts.Count][];
        for (var k = 0; k < parts.Count; k++)
        {
            var part = parts[k];
            // Inflected forms in later parts rank like the base forms they parallel (plural "calls" like "call").
            scores[k] = k == 0 ? Score(part, null) : Score(part, part.Renderings.Count == parts[0].Renderings.Count ? scores[0] : null);
            phrases[k] = new PhraseCollector.Phrase?[part.Heads.Count];
            for (var h = 0; h < part.Heads.Count; h++)
            {
                phrases[k][h] = PhraseCollector.Analyse(part.Heads[h]);
            }
        }

        return new PreparedLine(parts, scores, phrases);
    }

    private void Add(PreparedLine? line)
    {
        if (line is null)
        {
            return;
        }

        var parts = line.Parts;
        _particles.Add(parts);
        var seenThisLine = _seenThisLine;
        seenThisLine.Clear();
        for (var k = 0; k < parts.Count; k++)
        {
            var part = parts[k];
            var scores = line.Scores[k];
            (string Text, string? Abbreviation)[]? renderings = null;
            for (var h = 0; h < part.Heads.Count; h++)
            {
                var head = part.Heads[h];
                if (head.Word.Contains(' ', StringComparison.Ordinal))
                {
                    if (line.Phrases[k][h] is { } phrase)
                    {
                        _phrases.Add(phrase, head, part, scores);
                    }

                    continue;
                }

                var key = Intern(head.Word);
                if (head.Kind != DingHeadKind.Abbreviation)
                {
                    AddLemma(key, parts[0], head.Position, k);
                }

                ref var entriesSeen = ref CollectionsMarshal.GetValueRefOrAddDefault(_entriesSeen, key, out _);
                if (seenThisLine.Add(key))
                {
                    entriesSeen++;
                }

                var entryRank = Math.Min(entriesSeen - 1, 4);
                var derived = head.Kind == DingHeadKind.Written ? 0 : DerivedPenalty;
                renderings ??= InternRenderings(part);
                for (var j = 0; j < renderings.Length; j++)
                {
                    var (text, abbreviation) = renderings[j];
                    var score = scores[j] - (0.3 * entryRank) - (0.4 * Math.Min(head.Position, 3)) - derived;
                    _scores.Add(key, text, score);
                    AddReverse(text, key);
                    if (abbreviation is not null)
                    {
                        // "BIP" is first "gdp", then "gross domestic product"; "Bruttoinlandsprodukt" the other way round.
                        _scores.Add(key, abbreviation, score + (head.Kind == DingHeadKind.Abbreviation ? 0.1 : -0.1));
                        AddReverse(abbreviation, key);
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

    /// <summary>A parsed Ding line with the scores of each part's renderings and the phrase of each head (or null).</summary>
    private sealed record PreparedLine(IReadOnlyList<DingPart> Parts, double[][] Scores, PhraseCollector.Phrase?[][] Phrases);

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

    // Once per part, not once per head and rendering.
    private (string Text, string? Abbreviation)[] InternRenderings(DingPart part)
    {
        var renderings = new (string, string?)[part.Renderings.Count];
        for (var j = 0; j < renderings.Length; j++)
        {
            var r = part.Renderings[j];
            renderings[j] = (Intern(r.Text), r.Abbreviation is null ? null : Intern(r.Abbreviation));
        }

        return renderings;
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

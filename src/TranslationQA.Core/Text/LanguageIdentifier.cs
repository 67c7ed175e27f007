namespace TranslationQA.Core.Text;

/// <summary>A language guess for a piece of text with its evidence.</summary>
/// <param name="Lang">Best language (de, en, fr, nl), or "" when the text has too few letters to tell.</param>
/// <param name="Margin">Average log-probability lead of the best language over German (0 when German wins).</param>
/// <param name="StopWordHits">Function words of <paramref name="Lang"/> in the text.</param>
/// <param name="GermanStopWordHits">German function words in the text.</param>
/// <param name="WordCount">Words in the text.</param>
public sealed record LanguageGuess(string Lang, double Margin, int StopWordHits, int GermanStopWordHits, int WordCount);

/// <summary>
/// Identifies the language of a sentence from character-trigram profiles (built from hunspell word lists by
/// Text/Profiles/generate_profiles.py) combined with function-word hits, which decide short strings.
/// </summary>
public static class LanguageIdentifier
{
    /// <summary>Languages the profiles cover.</summary>
    public static readonly IReadOnlyList<string> Languages = ["de", "en", "fr", "nl"];

    /// <summary>
    /// Every trigram of any profile with its log-probability in each language (the language's floor where it lacks the
    /// trigram): one lookup per trigram instead of one per language.
    /// </summary>
    private static readonly Lazy<(Dictionary<string, double[]> Table, double[] Floors)> Combined = new(Combine);

    /// <summary>Guesses the language of <paramref name="text"/>; names and numbers should be removed by the caller if known.</summary>
    public static LanguageGuess Identify(string text) =>
        Identify(Tokenizer.Words(text).Select(t => t.Text.ToLowerFast()).ToList());

    /// <summary>Guesses the language of the lower-case <paramref name="words"/> of a text.</summary>
    public static LanguageGuess Identify(IReadOnlyList<string> words)
    {
        var letters = 0;
        var longest = 0;
        foreach (var w in words)
        {
            letters += w.Length;
            longest = Math.Max(longest, w.Length);
        }

        if (letters < 8)
        {
            return new LanguageGuess("", 0, 0, 0, words.Count);
        }

        Span<double> sums = stackalloc double[Languages.Count];
        var n = TrigramSums(words, longest, sums);
        Span<int> hits = stackalloc int[Languages.Count];
        var best = 0;
        var bestScore = double.MinValue;
        for (var l = 0; l < Languages.Count; l++)
        {
            // Function words are the strongest cue for short strings: each hit is worth a clear lead.
            hits[l] = StopWordHits(words, Languages[l]);
            var score = sums[l] / Math.Max(1, n) + 1.5 * hits[l] / words.Count;
            if (l == 0 || score > bestScore)
            {
                best = l;
                bestScore = score;
            }

            sums[l] = score;
        }

        return new LanguageGuess(Languages[best], best == 0 ? 0 : sums[best] - sums[0], hits[best], hits[0], words.Count);
    }

    /// <summary>Adds up the log-probabilities of the trigrams of the space-padded words per language; returns the trigram count.</summary>
    private static int TrigramSums(IReadOnlyList<string> words, int longest, Span<double> sums)
    {
        // Span lookups on a reused buffer: no padded string or substring per word or trigram.
        var (trigrams, floors) = Combined.Value;
        var table = trigrams.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> padded = longest + 2 <= 256 ? stackalloc char[longest + 2] : new char[longest + 2];
        var n = 0;
        foreach (var w in words)
        {
            padded[0] = ' ';
            w.CopyTo(padded[1..]);
            padded[w.Length + 1] = ' ';
            for (var i = 0; i + 3 <= w.Length + 2; i++)
            {
                var values = table.TryGetValue(padded.Slice(i, 3), out var found) ? found : floors;
                for (var l = 0; l < sums.Length; l++)
                {
                    sums[l] += values[l];
                }

                n++;
            }
        }

        return n;
    }

    private static int StopWordHits(IReadOnlyList<string> words, string lang)
    {
        var hits = 0;
        foreach (var w in words)
        {
            if (StopWords.IsStopWord(w, lang))
            {
                hits++;
            }
        }

        return hits;
    }

    /// <summary>The combined table and, per language, the floor: one below its least likely trigram, the score of one it lacks.</summary>
    private static (Dictionary<string, double[]>, double[]) Combine()
    {
        var loaded = Load();
        var profiles = Languages.Select(l => loaded[l]).ToArray();
        var floors = profiles.Select(p => p.Values.Min() - 1.0).ToArray();
        var result = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var trigram in profiles.SelectMany(p => p.Keys).Distinct())
        {
            result[trigram] = [.. profiles.Select((p, l) => p.TryGetValue(trigram, out var lp) ? lp : floors[l])];
        }

        return (result, floors);
    }

    private static Dictionary<string, Dictionary<string, double>> Load()
    {
        var result = new Dictionary<string, Dictionary<string, double>>();
        foreach (var lang in Languages)
        {
            var counts = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var line in EmbeddedData.Lines($"TranslationQA.Core.Text.Profiles.{lang}.trigrams.tsv"))
            {
                var tab = line.LastIndexOf('\t');
                counts[line[..tab]] = double.Parse(line[(tab + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            }

            var total = counts.Values.Sum();
            result[lang] = counts.ToDictionary(c => c.Key, c => Math.Log(c.Value / total), StringComparer.Ordinal);
        }

        return result;
    }
}

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

    private static readonly Lazy<Dictionary<string, Dictionary<string, double>>> Profiles = new(Load);
    private static readonly Lazy<Dictionary<string, double>> Floors = new(() =>
        Profiles.Value.ToDictionary(p => p.Key, p => p.Value.Values.Min() - 1.0));

    /// <summary>Guesses the language of <paramref name="text"/>; names and numbers should be removed by the caller if known.</summary>
    public static LanguageGuess Identify(string text)
    {
        var words = Tokenizer.Words(text).Select(t => t.Text.ToLowerFast()).ToList();
        if (words.Sum(w => w.Length) < 8)
        {
            return new LanguageGuess("", 0, 0, 0, words.Count);
        }

        var scores = new Dictionary<string, double>();
        var padded = words.Select(w => " " + w + " ").ToList();
        foreach (var lang in Languages)
        {
            // Span lookups: no substring per trigram, which made this the hottest loop of the catalogue.
            var profile = Profiles.Value[lang].GetAlternateLookup<ReadOnlySpan<char>>();
            var floor = Floors.Value[lang];
            double sum = 0;
            var n = 0;
            foreach (var w in padded)
            {
                for (var i = 0; i + 3 <= w.Length; i++)
                {
                    sum += profile.TryGetValue(w.AsSpan(i, 3), out var lp) ? lp : floor;
                    n++;
                }
            }

            // Function words are the strongest cue for short strings: each hit is worth a clear lead.
            var hits = words.Count(w => StopWords.IsStopWord(w, lang));
            scores[lang] = sum / Math.Max(1, n) + 1.5 * hits / words.Count;
        }

        var best = scores.MaxBy(s => s.Value).Key;
        return new LanguageGuess(
            best,
            best == "de" ? 0 : scores[best] - scores["de"],
            words.Count(w => StopWords.IsStopWord(w, best)),
            words.Count(w => StopWords.IsStopWord(w, "de")),
            words.Count);
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

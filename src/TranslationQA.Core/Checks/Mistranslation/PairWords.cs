using TranslationQA.Core.Checks.Names;
using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Mistranslation;

/// <summary>A content word of the source side of a bead.</summary>
internal sealed record SourceWord(string Text, string Stem, int Sentence, double Position, bool NounLike);

/// <summary>A glossed German word of the target side of a bead.</summary>
internal sealed record GermanWord(WordGloss Gloss, int Sentence, double Position, IReadOnlyList<string> GlossStems, bool NounLike);

/// <summary>The words of one bead, stemmed, with relative positions: the shared input of the lexical checks.</summary>
internal sealed class PairWords
{
    private static readonly HashSet<string> NounMarkers = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "in", "on", "of", "le", "la", "les", "un", "une",
        "des", "du", "de", "ce", "cette", "son", "sa", "ses", "leur", "l", "d", "au", "aux",
    };

    // The cached gloss-stem arrays of each German word of the bead, not copied into a set: beads have hundreds of gloss
    // stems and building a set of them per bead was the largest allocation of this check; duplicates only repeat a test.
    private readonly List<string[]> _coverStems;
    private readonly Lazy<string[]> _surfaceKeys;

    private PairWords(List<SourceWord> source, List<GermanWord> german, HashSet<string> allSourceStems, List<string[]> coverStems, List<string> surfaces)
    {
        Source = source;
        German = german;
        AllSourceStems = allSourceStems;
        _coverStems = coverStems;
        _surfaceKeys = new Lazy<string[]>(() => [.. surfaces.Select(NameKey.Of).Distinct()]);
    }

    /// <summary>True when the bead's target has glosses at all (an engine without word alignment gives none).</summary>
    public bool HasGlosses => _coverStems.Exists(stems => stems.Length > 0);

    /// <summary>Content words of the source sentences (no function words, no names).</summary>
    public List<SourceWord> Source { get; }

    /// <summary>German content words that have glosses.</summary>
    public List<GermanWord> German { get; }

    /// <summary>Stems of every source word, names included.</summary>
    public HashSet<string> AllSourceStems { get; }

    /// <summary>True when some German word of the bead covers <paramref name="word"/> by gloss or by spelling.</summary>
    public bool Covers(SourceWord word)
    {
        // Plain loops in these two tests: they run for every word of every bead, where LINQ closures were hot garbage.
        foreach (var stems in _coverStems)
        {
            foreach (var s in stems)
            {
                if (Stemmer.Related(s, word.Stem))
                {
                    return true;
                }
            }
        }

        // The test of NameKey.Same, with the German surfaces' keys computed once per bead instead of on every call.
        var key = NameKey.Of(word.Text);
        foreach (var k in _surfaceKeys.Value)
        {
            if (k == key || Math.Min(k.Length, key.Length) >= 6 && EditDistance.Damerau(k, key, 1) <= 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when none of <paramref name="word"/>'s glosses matches a source word of the bead.</summary>
    public bool IsUnexplained(GermanWord word)
    {
        foreach (var s in word.GlossStems)
        {
            if (RelatesToSource(s))
            {
                return false;
            }
        }

        return !RelatesToSource(Stemmer.Stem(word.Gloss.Surface, "de")) && !RelatesToSource(word.Gloss.Surface.ToLowerFast());
    }

    private bool RelatesToSource(string stem)
    {
        foreach (var a in AllSourceStems)
        {
            if (Stemmer.Related(a, stem))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Names, countries and numbers are checked by their own rules; a gloss gap on them says nothing about sense.</summary>
    public static bool IsEntity(WordGloss word) =>
        word.Kind is TokenKind.Name or TokenKind.Number
        || word.Surface.Any(char.IsDigit)
        || Gazetteer.Match([new Token(0, word.Length, word.Surface, TokenType.Word)], 0) is not null;

    /// <summary>Builds the words of <paramref name="pair"/>.</summary>
    public static PairWords Build(ArticleContext context, AlignedPair pair)
    {
        var lang = context.SourceLang;
        var analysis = context.Analysis;
        var source = new List<SourceWord>();
        var all = new HashSet<string>(StringComparer.Ordinal);
        var sourceCount = pair.Source.Sum(i => context.SourceTokens[i].Count);
        var at = 0;
        foreach (var i in pair.Source)
        {
            var tokens = context.SourceTokens[i];
            var lower = context.SourceLower[i];
            for (var k = 0; k < tokens.Count; k++, at++)
            {
                var t = tokens[k];
                if (t.Type != TokenType.Word)
                {
                    continue;
                }

                var bare = Stemmer.StripElision(t.Text);
                var stem = Stemmer.Stem(bare, lang);
                all.Add(stem);
                // Lower-casing keeps the length, so stripping the lower-case token gives the lower-cased bare word.
                all.Add(Stemmer.StripElision(lower[k]));
                if (bare.Length < 3 || StopWords.IsStopWord(bare, lang) || NameCandidates.IsName(tokens, k, lang, context.SourceCapitalisedMidSentence) || Gazetteer.Match(tokens, k) is not null)
                {
                    continue;
                }

                var previous = k > 0 ? Stemmer.StripElision(lower[k - 1]).TrimEnd('\'', '’') : "";
                var nounLike = NounMarkers.Contains(previous) || k > 0 && tokens[k - 1].Text.EndsWith('\'');
                source.Add(new SourceWord(bare, stem, i, (double)at / Math.Max(1, sourceCount - 1), nounLike));
            }
        }

        var german = new List<GermanWord>();
        var coverStems = new List<string[]>();
        var surfaces = new List<string>();
        var targetCount = pair.Target.Sum(t => analysis.BackTranslations[t].Words.Count);
        var g = 0;
        foreach (var t in pair.Target)
        {
            var words = analysis.BackTranslations[t].Words;
            foreach (var w in words)
            {
                var index = g++;
                AddCoverStems(coverStems, w, lang);
                surfaces.Add(w.Surface);
                if (w.Kind != TokenKind.Word || w.Glosses.Count == 0 || w.Length < 4)
                {
                    continue;
                }

                var nounLike = char.IsUpper(w.Surface[0]) && w.Offset > 0;
                german.Add(new GermanWord(w, t, (double)index / Math.Max(1, targetCount - 1), GlossStemsOf(w, lang), nounLike));
            }
        }

        return new PairWords(source, german, all, coverStems, surfaces);
    }

    /// <summary>Adds the stems of every gloss of <paramref name="w"/> (a word without a gloss list has at most its main gloss).</summary>
    private static void AddCoverStems(List<string[]> coverStems, WordGloss w, string lang) =>
        coverStems.Add(w.Glosses.Count == 0 ? PhraseStems(w.Gloss ?? "", lang) : GlossStemsOf(w, lang));

    /// <summary>
    /// The distinct stems of all glosses of <paramref name="w"/>, in order. An engine shares one gloss list between
    /// all occurrences of a word, so the stems are kept per list (and checked against the gloss and language).
    /// </summary>
    private static string[] GlossStemsOf(WordGloss w, string lang)
    {
        if (GlossListStems.TryGetValue(w.Glosses, out var known) && known.Gloss == w.Gloss && known.Lang == lang)
        {
            return known.Stems;
        }

        var stems = ComputeGlossStems(w, lang);
        GlossListStems.AddOrUpdate(w.Glosses, new GlossStems(w.Gloss, lang, stems));
        return stems;
    }

    private sealed record GlossStems(string? Gloss, string Lang, string[] Stems);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<string>, GlossStems> GlossListStems = new();

    private static string[] ComputeGlossStems(WordGloss w, string lang)
    {
        var stems = new List<string>();
        foreach (var gloss in w.Glosses)
        {
            AddDistinct(stems, PhraseStems(gloss, lang));
        }

        AddDistinct(stems, PhraseStems(w.Gloss ?? "", lang));
        return [.. stems];
    }

    private static void AddDistinct(List<string> stems, string[] more)
    {
        foreach (var stem in more)
        {
            if (!stems.Contains(stem))
            {
                stems.Add(stem);
            }
        }
    }

    /// <summary>Content-word stems of one gloss phrase, memoised: glosses come from a fixed dictionary vocabulary.</summary>
    private static string[] PhraseStems(string phrase, string lang) => PhraseStemCache.Get((phrase, lang));

    private static readonly BoundedMemo<(string Phrase, string Lang), string[]> PhraseStemCache = new(key =>
        [.. key.Phrase.Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(Stemmer.StripElision)
            .Where(p => p.Length > 1 && !StopWords.IsStopWord(p, key.Lang) && p != "to" && p != "sth" && p != "sb")
            .Select(p => Stemmer.Stem(p, key.Lang))]);
}

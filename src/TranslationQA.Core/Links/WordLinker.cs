using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Links;

/// <summary>
/// Links the German words of a bead to the source words they render, from what the engine says of each German word
/// (its dictionary senses, or the word a machine back-translation aligned it with), spelling, numbers and the entity
/// list. Greedy, best evidence first, nearer places first: each source word renders at most one German word, except a
/// German compound or phrase sense that renders neighbouring source words ("Konföderierten-Denkmal": Confederate
/// monument) and a name of several words on one side. A German sentence unrelated to its source stays unlinked: the
/// source only chooses among senses the German word has.
/// </summary>
internal static class WordLinker
{
    // Scores order the evidence: an identical number, spelling or entity is surer than one dictionary sense among many,
    // and a sense further down the engine's list is a little less sure. A gap in relative position lowers any score, so
    // that among equal candidates the nearer one wins (it never outweighs a kind of evidence: at most 0.8).
    private const double Exact = 4;
    private const double Fuzzy = 3.4;
    private const double EntityScore = 3.5;
    private const double SenseScore = 3;
    private const double RankStep = 0.05;
    private const double DistanceWeight = 0.8;

    /// <summary>The links of one bead.</summary>
    public static BeadLinks Link(ArticleAnalysis analysis, AlignedPair pair)
    {
        var sourceLang = analysis.BackTranslationLang;
        var source = TermBuilder.Source(analysis.SourceSentences, pair.Source, sourceLang);
        var target = TermBuilder.Target(analysis.TargetSentences, analysis.BackTranslations, pair.Target, sourceLang);
        var candidates = Candidates(source, target);
        candidates.Sort((a, b) => b.Score.CompareTo(a.Score));
        var links = new List<TermLink>();
        var bySource = new List<int>[source.Count];
        var byTarget = new List<int>[target.Count];
        foreach (var c in candidates)
        {
            if (Allowed(c, links, bySource[c.Source], byTarget[c.Target], source, target, sourceLang))
            {
                (bySource[c.Source] ??= []).Add(links.Count);
                (byTarget[c.Target] ??= []).Add(links.Count);
                links.Add(new TermLink(c.Source, c.Target, c.Kind, c.Sense));
            }
        }

        return new BeadLinks(pair, source, target, links);
    }

    /// <summary>
    /// A source word takes one German word, a German word one source word; more only where one rendering covers
    /// neighbours (<see cref="SharesRendering"/>), and a source name or number written as several German tokens.
    /// </summary>
    private static bool Allowed(Candidate c, List<TermLink> links, List<int>? sourceLinks, List<int>? targetLinks,
        List<SourceTerm> source, List<TargetTerm> target, string lang)
    {
        if (sourceLinks is not null && sourceLinks.Exists(l => links[l].Target == c.Target))
        {
            return false;
        }

        if (sourceLinks is not null)
        {
            // "US" for "Vereinigte Staaten": one source word, German neighbours naming the same entity; "2021-12-29" for
            // the German tokens of one date.
            return c.Kind is LinkKind.Entity or LinkKind.Number
                && sourceLinks.TrueForAll(l => links[l].Kind == c.Kind && Near(target, links[l].Target, c.Target));
        }

        if (targetLinks is null)
        {
            return true;
        }

        var word = target[c.Target].Word;
        return targetLinks.TrueForAll(l => SharesRendering(c, links[l], word, source, lang));
    }

    /// <summary>
    /// True when German <paramref name="word"/>, already linked by <paramref name="other"/>, also renders the candidate's
    /// source word as another part of one rendering: a neighbouring, different source word, and a hyphenated compound
    /// ("US-Präsident": the entity US, the sense president), the words of one name or country ("Val-de-Loire",
    /// "United States"), or the parts of one compound or phrase sense ("Konföderierten-Denkmal", Berufung+s+Verfahren,
    /// "city council").
    /// </summary>
    private static bool SharesRendering(Candidate c, TermLink other, WordGloss word, List<SourceTerm> source, string lang)
    {
        if (!Near(source, other.Source, c.Source) || source[c.Source].Stem == source[other.Source].Stem)
        {
            return false;
        }

        var hyphenated = word.Surface.Contains('-', StringComparison.Ordinal);
        return hyphenated
            || c.Kind == other.Kind && c.Kind is LinkKind.Entity or LinkKind.Spelling
            || c.Kind == LinkKind.Sense && other.Kind == LinkKind.Sense
               && (word.Lemma?.Contains('+', StringComparison.Ordinal) == true || c.Sense == other.Sense
                   || Covers(c.Sense, source[other.Source].Stem, source[c.Source].Stem, lang));
    }

    /// <summary>True when a phrase sense ("city council") renders both source words (City, Council).</summary>
    private static bool Covers(string? sense, string stem, string other, string lang)
    {
        if (sense is null || !sense.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var stems = SenseTable.Stems(sense, lang);
        return stems.Any(s => Stemmer.Related(s, stem)) && stems.Any(s => Stemmer.Related(s, other));
    }

    private static bool Near(List<SourceTerm> terms, int a, int b) =>
        terms[a].Sentence == terms[b].Sentence && Math.Abs(a - b) <= 3;

    private static bool Near(List<TargetTerm> terms, int a, int b) =>
        terms[a].Sentence == terms[b].Sentence && Math.Abs(a - b) <= 3;

    private static List<Candidate> Candidates(List<SourceTerm> source, List<TargetTerm> target)
    {
        var index = new SourceIndex(source);
        var result = new List<Candidate>();
        for (var g = 0; g < target.Count; g++)
        {
            var t = target[g];
            void Add(int s, LinkKind kind, double score, string? sense = null) =>
                result.Add(new Candidate(s, g, kind, score - (DistanceWeight * Math.Abs(source[s].Position - t.Position)), sense));

            if (t.Role == WordRole.Negation)
            {
                foreach (var s in index.Negations)
                {
                    Add(s, LinkKind.Negation, SenseScore);
                }

                continue;
            }

            foreach (var v in t.Values)
            {
                foreach (var s in index.WithValue(v))
                {
                    Add(s, LinkKind.Number, Exact);
                }
            }

            if (t.Entity is { } entity)
            {
                foreach (var s in index.WithEntity(entity))
                {
                    Add(s, LinkKind.Entity, EntityScore);
                }
            }

            // A hyphenated German word ("Val-de-Loire", "Biden-Regierung") is also spelt by its parts.
            var surface = t.Word.Surface;
            var parts = surface.Contains('-', StringComparison.Ordinal) ? surface.Split('-', StringSplitOptions.RemoveEmptyEntries).Prepend(surface) : [surface];
            foreach (var part in parts)
            {
                foreach (var (s, exact) in index.Spelt(part))
                {
                    Add(s, LinkKind.Spelling, exact ? Exact : Fuzzy);
                }
            }

            foreach (var sense in t.Senses)
            {
                foreach (var stem in sense.Stems)
                {
                    foreach (var s in index.WithStem(stem))
                    {
                        Add(s, LinkKind.Sense, SenseScore - (RankStep * Math.Min(sense.Rank, 10)), sense.Text);
                    }
                }
            }
        }

        return result;
    }

    private sealed record Candidate(int Source, int Target, LinkKind Kind, double Score, string? Sense);
}

/// <summary>A link between term indices of a bead.</summary>
/// <param name="Source">Source term index.</param>
/// <param name="Target">German term index.</param>
/// <param name="Kind">Why.</param>
/// <param name="Sense">The German word's sense that renders the source word, for a sense link.</param>
internal sealed record TermLink(int Source, int Target, LinkKind Kind, string? Sense);

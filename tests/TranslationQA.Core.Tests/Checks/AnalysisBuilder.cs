using TranslationQA.Core.Model;

namespace TranslationQA.Core.Tests.Checks;

/// <summary>Builds ArticleAnalysis objects by hand: one sentence per non-empty line (or the real segmenter's), optional glosses and beads.</summary>
internal sealed class AnalysisBuilder
{
    private readonly string _target;
    private readonly string? _source;
    private readonly string _lang;
    private readonly Dictionary<int, List<WordGloss>> _glosses = [];
    private readonly List<AlignedPair> _pairs = [];
    private readonly List<SentenceDiff> _diffs = [];

    public AnalysisBuilder(string target, string? source = null, string lang = "en", bool segment = false)
    {
        _target = target;
        _source = source;
        _lang = lang;
        Targets = segment ? new TranslationQA.Core.Segmentation.RuleBasedSentenceSegmenter().Segment(target, "de") : Split(target);
        Sources = source is null ? [] : Split(source);
    }

    public IReadOnlyList<Sentence> Targets { get; }

    public IReadOnlyList<Sentence> Sources { get; }

    /// <summary>Adds a gloss for the first occurrence of <paramref name="surface"/> in target sentence <paramref name="sentence"/>.</summary>
    public AnalysisBuilder Gloss(int sentence, string surface, TokenKind kind, params string[] glosses)
    {
        var offset = Targets[sentence].Text.IndexOf(surface, StringComparison.Ordinal);
        if (offset < 0)
        {
            throw new ArgumentException($"{surface} not in sentence {sentence}");
        }

        if (!_glosses.TryGetValue(sentence, out var list))
        {
            _glosses[sentence] = list = [];
        }

        list.Add(new WordGloss(offset, surface.Length, surface, kind, glosses.FirstOrDefault(), glosses));
        return this;
    }

    /// <summary>Adds a bead with an empty diff (or the given one).</summary>
    public AnalysisBuilder Pair(int[] source, int[] target, SentenceDiff? diff = null)
    {
        _pairs.Add(new AlignedPair(source, target, 0.8));
        _diffs.Add(diff ?? new SentenceDiff([]));
        return this;
    }

    /// <summary>Pairs sentence i with sentence i, 1:1, for all sentences.</summary>
    public AnalysisBuilder PairOneToOne()
    {
        for (var i = 0; i < Math.Min(Sources.Count, Targets.Count); i++)
        {
            Pair([i], [i]);
        }

        return this;
    }

    public ArticleAnalysis Build()
    {
        var article = new Article("test", _lang, "de", _source, _target, "target.de.txt");
        var back = Targets.Select((s, i) => new SentenceBackTranslation(
            string.Join(' ', _glosses.GetValueOrDefault(i, []).Select(g => g.Gloss)),
            (IReadOnlyList<WordGloss>?)_glosses.GetValueOrDefault(i)?.OrderBy(g => g.Offset).ToList() ?? [])).ToList();
        return new ArticleAnalysis(article, Sources, Targets, back, _pairs, _diffs, _lang, true);
    }

    private static List<Sentence> Split(string text)
    {
        var index = new TextIndex(text);
        var result = new List<Sentence>();
        var offset = 0;
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                result.Add(new Sentence(result.Count, trimmed, index.Span(offset + line.IndexOf(trimmed, StringComparison.Ordinal), trimmed.Length)));
            }

            offset += line.Length + 1;
        }

        return result;
    }
}

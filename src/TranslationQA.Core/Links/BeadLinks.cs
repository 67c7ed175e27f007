using TranslationQA.Core.Model;

namespace TranslationQA.Core.Links;

/// <summary>
/// The word links of one alignment bead: which German word renders which source word, and which words on either
/// side have no counterpart. Computed once per bead; the diff, the gloss and the checks all read it, so what the
/// report shows and what the findings say cannot disagree.
/// </summary>
public sealed class BeadLinks
{
    private readonly List<SourceTerm> _source;
    private readonly List<TargetTerm> _target;
    private readonly List<TermLink> _links;
    private readonly List<int>?[] _ofSource;
    private readonly List<int>?[] _ofTarget;
    private IReadOnlyList<WordLink>? _public;

    internal BeadLinks(AlignedPair pair, List<SourceTerm> source, List<TargetTerm> target, List<TermLink> links)
    {
        Pair = pair;
        _source = source;
        _target = target;
        _links = links;
        _ofSource = new List<int>?[source.Count];
        _ofTarget = new List<int>?[target.Count];
        for (var l = 0; l < links.Count; l++)
        {
            (_ofSource[links[l].Source] ??= []).Add(l);
            (_ofTarget[links[l].Target] ??= []).Add(l);
        }
    }

    private BeadLinks(AlignedPair pair, IReadOnlyList<WordLink> links)
        : this(pair, [], [], []) => _public = links;

    /// <summary>The links of <paramref name="pair"/> as a report kept them (no per-word detail: for reports only).</summary>
    public static BeadLinks FromLinks(AlignedPair pair, IReadOnlyList<WordLink> links) => new(pair, links);

    /// <summary>The bead.</summary>
    public AlignedPair Pair { get; }

    /// <summary>The links as spans of the sentences, in source order.</summary>
    public IReadOnlyList<WordLink> Links => _public ??= [.. _links.OrderBy(l => l.Source).ThenBy(l => l.Target).Select(ToPublic)];

    /// <summary>The words of the source side (internal detail of the checks).</summary>
    internal IReadOnlyList<SourceTerm> Source => _source;

    /// <summary>The glossed German words (internal detail of the checks).</summary>
    internal IReadOnlyList<TargetTerm> Target => _target;

    /// <summary>Term links.</summary>
    internal IReadOnlyList<TermLink> TermLinks => _links;

    /// <summary>True when the engine gave word glosses for this bead, so that a missing link means something.</summary>
    internal bool HasGlosses => _target.Exists(t => t.Senses.Count > 0);

    /// <summary>True when source term <paramref name="s"/> renders in some German word.</summary>
    internal bool IsSourceLinked(int s) => _ofSource[s] is not null;

    /// <summary>True when German term <paramref name="g"/> renders some source word.</summary>
    internal bool IsTargetLinked(int g) => _ofTarget[g] is not null;

    /// <summary>The links of source term <paramref name="s"/>.</summary>
    internal IEnumerable<TermLink> OfSource(int s) => _ofSource[s]?.Select(l => _links[l]) ?? [];

    /// <summary>The links of German term <paramref name="g"/>.</summary>
    internal IEnumerable<TermLink> OfTarget(int g) => _ofTarget[g]?.Select(l => _links[l]) ?? [];

    /// <summary>The sense chosen for German term <paramref name="g"/>: the one that renders a source word, or null.</summary>
    internal string? ChosenSense(int g) => OfTarget(g).Select(l => l.Sense).FirstOrDefault(s => s is not null);

    /// <summary>Compared source words (content, names, numbers, negations) and how many of them are linked.</summary>
    internal (int Compared, int Linked) SourceCoverage()
    {
        int compared = 0, linked = 0;
        for (var s = 0; s < _source.Count; s++)
        {
            if (_source[s].IsCompared)
            {
                compared++;
                linked += IsSourceLinked(s) ? 1 : 0;
            }
        }

        return (compared, linked);
    }

    /// <summary>The same links without the per-word detail, for a result kept until the reports are written.</summary>
    public BeadLinks Compact() => _source.Count == 0 && _target.Count == 0 ? this : new BeadLinks(Pair, Links);

    private WordLink ToPublic(TermLink l)
    {
        var s = _source[l.Source];
        var g = _target[l.Target];
        return new WordLink(s.Sentence, s.Offset, s.Length, g.Sentence, g.Word.Offset, g.Word.Length, l.Kind, l.Sense);
    }
}

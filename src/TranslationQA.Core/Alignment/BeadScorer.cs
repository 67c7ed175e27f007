using TranslationQA.Core.Model;

namespace TranslationQA.Core.Alignment;

/// <summary>Cost and similarity of candidate beads: lexical similarity, length prior, bead-shape cost and line bonus.</summary>
internal sealed class BeadScorer
{
    // Gale-Church variance of target length per source character.
    private const double Variance = 6.8;

    private readonly IReadOnlyList<Sentence> _source;
    private readonly IReadOnlyList<Sentence> _target;
    private readonly SimilarityModel _model;
    private readonly AlignerOptions _options;
    private readonly HashSet<int> _correspondingLines;

    /// <summary>Creates the scorer and decides which lines correspond.</summary>
    public BeadScorer(IReadOnlyList<Sentence> source, IReadOnlyList<Sentence> target, SimilarityModel model, AlignerOptions options)
    {
        _source = source;
        _target = target;
        _model = model;
        _options = options;
        _correspondingLines = CorrespondingLines();
    }

    /// <summary>Cost of leaving one sentence unaligned.</summary>
    public double SkipCost => _options.SkipCost;

    /// <summary>Similarity of the bead in [0, 1].</summary>
    public double Similarity(int i, int sourceCount, int j, int targetCount) => _model.Similarity(i, sourceCount, j, targetCount);

    /// <summary>Cost of the bead (lower is better), given its similarity.</summary>
    public double Cost(int i, int sourceCount, int j, int targetCount, double similarity)
    {
        var sourceLength = Length(_source, i, sourceCount);
        var targetLength = Length(_target, j, targetCount);
        var delta = (targetLength - (sourceLength * _options.LengthRatio)) / Math.Sqrt((sourceLength + 1) * Variance);
        var cost = (1 - similarity) + (_options.LengthWeight * Math.Min(delta * delta / 2, 2));
        if (sourceCount == 2)
        {
            // Each half of a merge must earn its place; page residue glued onto a real pair has no support.
            var weak = Math.Min(_model.SourceSupport(i, j), _model.SourceSupport(i + 1, j));
            cost += _options.MergeCost + (_options.MergeSupportWeight * (1 - weak));
        }
        else if (targetCount == 2)
        {
            var weak = Math.Min(_model.TargetSupport(j, i), _model.TargetSupport(j + 1, i));
            cost += _options.MergeCost + (_options.MergeSupportWeight * (1 - weak));
        }

        if (SameCorrespondingLine(i, sourceCount, j, targetCount))
        {
            cost -= _options.LineBonus;
        }

        return cost;
    }

    private bool SameCorrespondingLine(int i, int sourceCount, int j, int targetCount)
    {
        var line = _source[i].Line;
        return _correspondingLines.Contains(line)
            && _source[i + sourceCount - 1].Line == line
            && _target[j].Line == line && _target[j + targetCount - 1].Line == line;
    }

    private HashSet<int> CorrespondingLines()
    {
        // Lines correspond only where the paragraphs with the same number are lexically similar, so documents
        // whose lines are shifted (page residue, merged paragraphs) simply get no bonus.
        var result = new HashSet<int>();
        var sourceByLine = _source.GroupBy(s => s.Line).ToDictionary(g => g.Key, g => g.Select(s => s.Index).ToArray());
        foreach (var group in _target.GroupBy(t => t.Line))
        {
            if (!sourceByLine.TryGetValue(group.Key, out var sourceIndices))
            {
                continue;
            }

            var targetIndices = group.Select(t => t.Index).ToArray();
            var best = 0.0;
            foreach (var i in sourceIndices)
            {
                foreach (var j in targetIndices)
                {
                    best = Math.Max(best, _model.Similarity(i, 1, j, 1));
                }
            }

            if (best >= _options.LineThreshold)
            {
                result.Add(group.Key);
            }
        }

        return result;
    }

    private static double Length(IReadOnlyList<Sentence> sentences, int from, int count)
    {
        var length = 0;
        for (var k = from; k < from + count; k++)
        {
            length += sentences[k].Text.Length;
        }

        return length;
    }
}

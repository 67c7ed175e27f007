using TranslationQA.Core.Model;

namespace TranslationQA.Core.Alignment;

/// <summary>Compares a predicted sentence alignment with a gold one.</summary>
public static class AlignmentScorer
{
    /// <summary>
    /// Share of gold links the prediction reproduces. A bead links every source index with every target index;
    /// an omission links its source index with "nothing" and an addition its target index, so missed omissions
    /// and additions count as errors too. Returns 1 for an empty gold alignment.
    /// </summary>
    public static double LinkAccuracy(IReadOnlyList<AlignedPair> gold, IReadOnlyList<AlignedPair> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldLinks = Links(gold).ToList();
        if (goldLinks.Count == 0)
        {
            return 1;
        }

        var predictedLinks = Links(predicted).ToHashSet();
        return (double)goldLinks.Count(predictedLinks.Contains) / goldLinks.Count;
    }

    /// <summary>The links of an alignment; -1 stands for "no sentence" on that side.</summary>
    public static IEnumerable<(int Source, int Target)> Links(IReadOnlyList<AlignedPair> beads)
    {
        ArgumentNullException.ThrowIfNull(beads);
        foreach (var bead in beads)
        {
            IEnumerable<int> sources = bead.Source.Count == 0 ? [-1] : bead.Source;
            IEnumerable<int> targets = bead.Target.Count == 0 ? [-1] : bead.Target;
            foreach (var s in sources)
            {
                foreach (var t in targets)
                {
                    yield return (s, t);
                }
            }
        }
    }
}

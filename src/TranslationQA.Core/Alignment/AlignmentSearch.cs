using TranslationQA.Core.Model;

namespace TranslationQA.Core.Alignment;

/// <summary>Dynamic programming over 1:1, 1:2, 2:1, 1:0 and 0:1 beads (O(n·m) time and memory).</summary>
internal sealed class AlignmentSearch(int sourceCount, int targetCount, BeadScorer scorer)
{
    private static readonly (int Source, int Target)[] Shapes = [(1, 1), (1, 0), (0, 1), (1, 2), (2, 1)];

    /// <summary>Finds the cheapest bead sequence and returns it in document order.</summary>
    public IReadOnlyList<AlignedPair> Run()
    {
        var n = sourceCount;
        var m = targetCount;
        var cost = new double[n + 1, m + 1];
        var shape = new byte[n + 1, m + 1];
        var similarity = new double[n + 1, m + 1];
        for (var i = 0; i <= n; i++)
        {
            for (var j = 0; j <= m; j++)
            {
                if (i == 0 && j == 0)
                {
                    continue;
                }

                cost[i, j] = double.PositiveInfinity;
                for (byte s = 0; s < Shapes.Length; s++)
                {
                    var (ds, dt) = Shapes[s];
                    if (i < ds || j < dt || double.IsPositiveInfinity(cost[i - ds, j - dt]))
                    {
                        continue;
                    }

                    var (step, sim) = Step(i - ds, ds, j - dt, dt);
                    if (cost[i - ds, j - dt] + step < cost[i, j])
                    {
                        cost[i, j] = cost[i - ds, j - dt] + step;
                        shape[i, j] = s;
                        similarity[i, j] = sim;
                    }
                }
            }
        }

        return Backtrack(shape, similarity, n, m);
    }

    private (double Cost, double Similarity) Step(int i, int ds, int j, int dt)
    {
        if (ds == 0 || dt == 0)
        {
            return (scorer.SkipCost, 0);
        }

        var sim = scorer.Similarity(i, ds, j, dt);
        return (scorer.Cost(i, ds, j, dt, sim), sim);
    }

    private static List<AlignedPair> Backtrack(byte[,] shape, double[,] similarity, int n, int m)
    {
        var beads = new List<AlignedPair>();
        int i = n, j = m;
        while (i > 0 || j > 0)
        {
            var (ds, dt) = Shapes[shape[i, j]];
            var score = Math.Clamp(similarity[i, j], 0, 1);
            beads.Add(new AlignedPair(
                [.. Enumerable.Range(i - ds, ds)],
                [.. Enumerable.Range(j - dt, dt)],
                score));
            i -= ds;
            j -= dt;
        }

        beads.Reverse();
        return beads;
    }
}

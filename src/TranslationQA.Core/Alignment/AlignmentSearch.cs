using TranslationQA.Core.Model;

namespace TranslationQA.Core.Alignment;

/// <summary>
/// Dynamic programming over 1:1, 1:0, 0:1, 1:2 and 2:1 beads, within a band around the diagonal: an alignment path
/// strays from it only by the sentences one side drops or adds, so cells further than <see cref="BandWidth"/>
/// sentences from it are never on the path of an article. Up to that many sentences per side the band is the whole
/// table (every news article of the fixtures and of WMT21); beyond, time and memory grow with the article's length,
/// not its square (a 1 MB article took 113 s and 1.7 GB with the whole table).
/// </summary>
internal sealed class AlignmentSearch(int sourceCount, int targetCount, BeadScorer scorer)
{
    /// <summary>How far (in target sentences) a path may stray from the diagonal.</summary>
    public const int BandWidth = 200;

    private static readonly (int Source, int Target)[] Shapes = [(1, 1), (1, 0), (0, 1), (1, 2), (2, 1)];

    /// <summary>Finds the cheapest bead sequence and returns it in document order.</summary>
    public IReadOnlyList<AlignedPair> Run()
    {
        var n = sourceCount;
        var m = targetCount;
        // Costs of the last three rows (a bead spans at most two source sentences); the shape of every cell in the band.
        var rows = new Row[3];
        var shapes = new Row[n + 1];
        for (var i = 0; i <= n; i++)
        {
            var (lo, hi) = Band(i);
            var row = new Row(lo, hi);
            for (var j = lo; j <= hi; j++)
            {
                if (i == 0 && j == 0)
                {
                    row.Cost[0] = 0;
                    continue;
                }

                for (byte s = 0; s < Shapes.Length; s++)
                {
                    var (ds, dt) = Shapes[s];
                    if (i < ds || j < dt)
                    {
                        continue;
                    }

                    var before = ds == 0 ? row.At(j - dt) : rows[(i - ds) % 3].At(j - dt);
                    if (double.IsPositiveInfinity(before))
                    {
                        continue;
                    }

                    var step = Step(i - ds, ds, j - dt, dt).Cost;
                    if (before + step < row.Cost[j - lo])
                    {
                        row.Cost[j - lo] = before + step;
                        row.Shape[j - lo] = s;
                    }
                }
            }

            rows[i % 3] = row;
            shapes[i] = row.WithoutCosts();
        }

        return Backtrack(shapes, n, m);
    }

    /// <summary>The target sentences row <paramref name="i"/> may reach: those near the diagonal, and always 0 and m at the ends.</summary>
    private (int Lo, int Hi) Band(int i)
    {
        var centre = sourceCount == 0 ? 0 : (int)((long)i * targetCount / sourceCount);
        return (Math.Max(0, centre - BandWidth), Math.Min(targetCount, centre + BandWidth));
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

    private List<AlignedPair> Backtrack(Row[] shapes, int n, int m)
    {
        var beads = new List<AlignedPair>();
        int i = n, j = m;
        while (i > 0 || j > 0)
        {
            var (ds, dt) = Shapes[shapes[i].Shape[j - shapes[i].Lo]];
            // The similarity is scored again for the beads of the path only, instead of kept for every cell.
            var score = Math.Clamp(Step(i - ds, ds, j - dt, dt).Similarity, 0, 1);
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

    /// <summary>One row of the band: the cells lo..hi, their costs (dropped once the row is past) and bead shapes.</summary>
    private sealed class Row
    {
        public Row(int lo, int hi)
        {
            Lo = lo;
            Cost = new double[hi - lo + 1];
            Array.Fill(Cost, double.PositiveInfinity);
            Shape = new byte[hi - lo + 1];
        }

        private Row(int lo, byte[] shape) => (Lo, Cost, Shape) = (lo, [], shape);

        public int Lo { get; }

        public double[] Cost { get; }

        public byte[] Shape { get; }

        /// <summary>The cost of cell <paramref name="j"/>, infinite outside the band.</summary>
        public double At(int j) => j - Lo is var k && k >= 0 && k < Cost.Length ? Cost[k] : double.PositiveInfinity;

        public Row WithoutCosts() => new(Lo, Shape);
    }
}

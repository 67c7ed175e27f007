namespace TranslationQA.Core.Evaluation;

/// <summary>
/// Line counts of one measurement (a set half, a threshold, a rule) and the figures derived from them. A line is
/// flagged when it carries a finding that counts; the positive class is a line with a major or critical error.
/// </summary>
/// <param name="Lines">Lines measured.</param>
/// <param name="Bad">Lines with a major or critical error.</param>
/// <param name="Flagged">Lines flagged.</param>
/// <param name="TruePositives">Bad lines flagged.</param>
/// <param name="Clean">Lines without any error.</param>
/// <param name="CleanFlagged">Clean lines flagged.</param>
public sealed record Metrics(int Lines, int Bad, int Flagged, int TruePositives, int Clean, int CleanFlagged)
{
    /// <summary>Bad lines among the flagged ones (0 when nothing is flagged).</summary>
    public double Precision => Flagged == 0 ? 0 : (double)TruePositives / Flagged;

    /// <summary>Flagged lines among the bad ones.</summary>
    public double Recall => Bad == 0 ? 0 : (double)TruePositives / Bad;

    /// <summary>Flagged lines among the clean ones (lines with only minor errors are neither).</summary>
    public double FalsePositiveRate => Clean == 0 ? 0 : (double)CleanFlagged / Clean;

    /// <summary>Bad lines among all lines: the precision of flagging everything.</summary>
    public double Prevalence => Lines == 0 ? 0 : (double)Bad / Lines;

    /// <summary>Matthews correlation of flagged with bad over all lines (0 when a margin is empty).</summary>
    public double Mcc
    {
        get
        {
            double tp = TruePositives, fp = Flagged - TruePositives, fn = Bad - TruePositives;
            var tn = Lines - Bad - fp;
            var denominator = Math.Sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
            return denominator == 0 ? 0 : ((tp * tn) - (fp * fn)) / denominator;
        }
    }
}

/// <summary>
/// Counts flagged lines for one key (a threshold, a rule, an evidence class); the lines measured, bad and clean come
/// from the half's <see cref="Denominators"/>, so a key first seen late still has every line in its figures.
/// </summary>
internal sealed class Tally
{
    private int _flagged, _truePositives, _cleanFlagged;

    /// <summary>Counts one flagged line.</summary>
    public void Flag(GoldLine gold)
    {
        _flagged++;
        _truePositives += gold.IsBad ? 1 : 0;
        _cleanFlagged += gold.Label == GoldLabel.Clean ? 1 : 0;
    }

    /// <summary>The counts so far over <paramref name="all"/> lines.</summary>
    public Metrics ToMetrics(Denominators all) => new(all.Lines, all.Bad, _flagged, _truePositives, all.Clean, _cleanFlagged);
}

/// <summary>The lines of a half: all, bad and clean.</summary>
internal sealed class Denominators
{
    public int Lines { get; private set; }

    public int Bad { get; private set; }

    public int Clean { get; private set; }

    /// <summary>Counts one line.</summary>
    public void Add(GoldLine gold)
    {
        Lines++;
        Bad += gold.IsBad ? 1 : 0;
        Clean += gold.Label == GoldLabel.Clean ? 1 : 0;
    }
}

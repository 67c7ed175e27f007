namespace TranslationQA.Core.Alignment;

/// <summary>Costs of the alignment search; the defaults were tuned on fixtures/alignment.</summary>
public sealed record AlignerOptions
{
    /// <summary>Cost of leaving one sentence unaligned (1:0 or 0:1); a 1:1 bead costs 1 − similarity.</summary>
    public double SkipCost { get; init; } = 0.55;

    /// <summary>Extra cost of a 1:2 or 2:1 bead over a 1:1 bead.</summary>
    public double MergeCost { get; init; } = 0.15;

    /// <summary>Extra merge cost per missing support of the weaker half (1 − its covered share).</summary>
    public double MergeSupportWeight { get; init; } = 0.5;

    /// <summary>Weight of the Gale-Church length cost (δ²/2, capped at 2).</summary>
    public double LengthWeight { get; init; } = 0.1;

    /// <summary>Expected length of the German target per source character.</summary>
    public double LengthRatio { get; init; } = 1.15;

    /// <summary>Bonus for a bead whose sentences all stand on one pair of corresponding lines.</summary>
    public double LineBonus { get; init; } = 0.15;

    /// <summary>Paragraph similarity from which two lines with the same number count as corresponding.</summary>
    public double LineThreshold { get; init; } = 0.3;
}

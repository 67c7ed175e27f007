using TranslationQA.Core.Model;

namespace TranslationQA.Core.Findings;

/// <summary>MQM penalty score: weighted error points per 1,000 target words (minor 1, major 5, critical 25).</summary>
public static class MqmScorer
{
    /// <summary>The MQM weight of <paramref name="severity"/>.</summary>
    public static int Weight(Severity severity) => severity switch
    {
        Severity.Minor => 1,
        Severity.Major => 5,
        Severity.Critical => 25,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    /// <summary>
    /// Penalty points per 1,000 words of the findings not suppressed; an empty text with findings scores as if it had
    /// one word.
    /// </summary>
    public static double Score(IEnumerable<Finding> findings, int wordCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(wordCount);
        var points = findings.Where(f => f.Counts).Sum(f => Weight(f.Severity));
        return points == 0 ? 0 : points * 1000.0 / Math.Max(1, wordCount);
    }
}

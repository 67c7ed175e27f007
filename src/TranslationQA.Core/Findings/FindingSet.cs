using TranslationQA.Core.Model;

namespace TranslationQA.Core.Findings;

/// <summary>Puts the findings of all checks into their published form: one per span and rule, in text order.</summary>
public static class FindingSet
{
    /// <summary>
    /// Removes duplicates (same rule and span; the most severe one stays) and orders by offset, then length,
    /// then rule id, so reports are stable from run to run.
    /// </summary>
    public static IReadOnlyList<Finding> Normalize(IEnumerable<Finding> findings) =>
        findings
            .GroupBy(f => (f.RuleId, f.Span.Offset, f.Span.Length))
            .Select(g => g.OrderByDescending(f => f.Severity).First())
            .OrderBy(f => f.Span.Offset)
            .ThenBy(f => f.Span.Length)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
}

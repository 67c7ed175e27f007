using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Html;

/// <summary>Findings per MQM category and severity (suppressed ones left out), counted article by article for the index chart.</summary>
internal sealed class CategoryTally
{
    private readonly Dictionary<string, int[]> _counts = new(StringComparer.Ordinal);

    public void Add(IEnumerable<Finding> findings)
    {
        foreach (var finding in findings.Where(f => f.Counts))
        {
            if (!_counts.TryGetValue(finding.Category, out var counts))
            {
                _counts[finding.Category] = counts = new int[3];
            }

            counts[finding.Severity switch { Severity.Critical => 0, Severity.Major => 1, _ => 2 }]++;
        }
    }

    /// <summary>Categories with their counts, most findings first, then by name.</summary>
    public IReadOnlyList<(string Category, SeverityCounts Counts)> Rows() =>
        [.. _counts.Select(c => (Category: c.Key, Counts: new SeverityCounts(c.Value[0], c.Value[1], c.Value[2])))
            .OrderByDescending(r => r.Counts.Total).ThenBy(r => r.Category, StringComparer.Ordinal)];
}

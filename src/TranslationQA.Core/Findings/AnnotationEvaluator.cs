using TranslationQA.Core.Model;

namespace TranslationQA.Core.Findings;

/// <summary>The measured agreement of findings with annotations (one article or summed over many).</summary>
/// <param name="Annotations">Annotations.</param>
/// <param name="Found">Annotations matched by at least one finding.</param>
/// <param name="Findings">Findings.</param>
/// <param name="TruePositives">Findings that match at least one annotation.</param>
/// <param name="CategoryAgreed">Found annotations where a matching finding has the same top-level MQM category.</param>
/// <param name="MissedCritical">Critical annotations without a matching finding of major or critical severity.</param>
/// <param name="Missed">Annotations no finding matched.</param>
/// <param name="Unexpected">Findings that match no annotation.</param>
public sealed record AnnotationEvaluation(
    int Annotations,
    int Found,
    int Findings,
    int TruePositives,
    int CategoryAgreed,
    IReadOnlyList<Annotation> MissedCritical,
    IReadOnlyList<Annotation> Missed,
    IReadOnlyList<Finding> Unexpected)
{
    /// <summary>Found / annotations (1 when there is nothing to find).</summary>
    public double Recall => Annotations == 0 ? 1 : (double)Found / Annotations;

    /// <summary>True positives / findings (1 when nothing was reported).</summary>
    public double Precision => Findings == 0 ? 1 : (double)TruePositives / Findings;

    /// <summary>Category agreement among found annotations.</summary>
    public double CategoryAgreement => Found == 0 ? 1 : (double)CategoryAgreed / Found;

    /// <summary>True when every critical annotation was found at major or above.</summary>
    public bool CriticalRuleHolds => MissedCritical.Count == 0;

    /// <summary>Sums two evaluations (micro-average over articles).</summary>
    public AnnotationEvaluation Add(AnnotationEvaluation other) => new(
        Annotations + other.Annotations,
        Found + other.Found,
        Findings + other.Findings,
        TruePositives + other.TruePositives,
        CategoryAgreed + other.CategoryAgreed,
        [.. MissedCritical, .. other.MissedCritical],
        [.. Missed, .. other.Missed],
        [.. Unexpected, .. other.Unexpected]);

    /// <summary>Nothing measured yet.</summary>
    public static AnnotationEvaluation Empty { get; } = new(0, 0, 0, 0, 0, [], [], []);
}

/// <summary>Measures findings against hand-made annotations (fixtures/*/expected.tsv).</summary>
public static class AnnotationEvaluator
{
    /// <summary>Reads <paramref name="expectedTsv"/> for <paramref name="target"/> and evaluates <paramref name="findings"/>.</summary>
    public static AnnotationEvaluation Evaluate(string expectedTsv, string target, IReadOnlyList<Finding> findings) =>
        Evaluate(AnnotationReader.Parse(expectedTsv, target), findings);

    /// <summary>Matches findings to annotations: same line and overlapping span.</summary>
    public static AnnotationEvaluation Evaluate(IReadOnlyList<Annotation> annotations, IReadOnlyList<Finding> findings)
    {
        var found = 0;
        var agreed = 0;
        var missed = new List<Annotation>();
        var missedCritical = new List<Annotation>();
        foreach (var a in annotations)
        {
            var matches = findings.Where(a.IsMatchedBy).ToList();
            if (matches.Count == 0)
            {
                missed.Add(a);
            }
            else
            {
                found++;
                if (matches.Any(f => TopLevel(f.Category) == TopLevel(a.Category)))
                {
                    agreed++;
                }
            }

            if (a.Severity == Severity.Critical && !matches.Any(f => f.Severity >= Severity.Major))
            {
                missedCritical.Add(a);
            }
        }

        var unexpected = findings.Where(f => !annotations.Any(a => a.IsMatchedBy(f))).ToList();
        return new AnnotationEvaluation(
            annotations.Count, found, findings.Count, findings.Count - unexpected.Count, agreed, missedCritical, missed, unexpected);
    }

    /// <summary>The first segment of an MQM path ("Accuracy/Mistranslation" -> "accuracy").</summary>
    public static string TopLevel(string category)
    {
        var slash = category.IndexOf('/', StringComparison.Ordinal);
        return (slash < 0 ? category : category[..slash]).Trim().ToLowerInvariant();
    }
}

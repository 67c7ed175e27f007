using TranslationQA.Core.Findings;

namespace TranslationQA.Core.Evaluation;

/// <summary>Turns set measurements into the calibration table: evidence classes and rules, per set and half.</summary>
public static class CalibrationBuilder
{
    /// <summary>
    /// Rows for every evidence class and rule that flagged a line: the tuning and test halves of a split set (only the
    /// tuning half decides severities), the whole of an in-sample set.
    /// </summary>
    public static Calibration Build(IEnumerable<SetEvaluation> sets)
    {
        var rows = new List<CalibrationRow>();
        foreach (var set in sets)
        {
            foreach (var half in set.Halves.Where(h => set.InSample || h.Half != SetEvaluator.All))
            {
                rows.AddRange(half.Evidence.Where(e => e.Any.Flagged > 0).Select(e => Row("evidence", e.Evidence, set, half.Half, e.Any)));
                rows.AddRange(half.Rules.Where(r => r.Any.Flagged > 0).Select(r => Row("rule", r.Rule, set, half.Half, r.Any)));
            }
        }

        return new Calibration(rows);
    }

    private static CalibrationRow Row(string kind, string key, SetEvaluation set, string half, Metrics m) =>
        new(kind, key, set.Name, half, m.Lines, m.Bad, m.Flagged, m.TruePositives);
}

namespace TranslationQA.Translation.Offline;

/// <summary>How much a Ding label makes a sense unlikely in news text.</summary>
internal static class LabelPenalty
{
    // Subject fields that news writes about all the time: barely a penalty.
    private static readonly HashSet<string> NewsDomains = new(StringComparer.Ordinal)
    {
        "pol.", "jur.", "mil.", "econ.", "adm.", "soc.", "fin.", "telco.", "sport", "transp.", "pol", "jur", "mil", "media",
        "comp.", "statist.", "school", "stud.", "envir.",
    };

    // Register and region: usable, but the plain sense should win.
    private static readonly HashSet<string> Register = new(StringComparer.Ordinal)
    {
        "coll.", "fig.", "formal", "geh.", "ugs.", "br.", "am.", "humor.", "übtr.", "pej.", "ös.", "schw.", "dt.",
    };

    /// <summary>Total penalty of <paramref name="labels"/>.</summary>
    public static double Of(IEnumerable<string> labels)
    {
        var total = 0.0;
        foreach (var label in labels)
        {
            total += NewsDomains.Contains(label) ? 0.3 : Register.Contains(label) ? 0.8 : 2.0;
        }

        return total;
    }
}

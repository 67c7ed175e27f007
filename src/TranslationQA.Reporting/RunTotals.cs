using TranslationQA.Core.Model;

namespace TranslationQA.Reporting;

/// <summary>Running counts of a run's verdicts and findings, added to article by article.</summary>
public sealed class RunTotals
{
    private int _critical;
    private int _major;
    private int _minor;
    private int _suppressed;

    /// <summary>Articles added.</summary>
    public int Articles { get; private set; }

    /// <summary>Articles that passed the gate.</summary>
    public int Pass { get; private set; }

    /// <summary>Articles that failed the gate.</summary>
    public int Fail { get; private set; }

    /// <summary>Articles that could not be checked.</summary>
    public int Error { get; private set; }

    /// <summary>Findings of every article, per severity, and the suppressed ones apart.</summary>
    public SeverityCounts Findings => new(_critical, _major, _minor, _suppressed);

    /// <summary>The totals of finished results.</summary>
    public static RunTotals Of(IEnumerable<ArticleResult> articles)
    {
        var totals = new RunTotals();
        foreach (var article in articles)
        {
            totals.Add(article);
        }

        return totals;
    }

    /// <summary>Counts one more article.</summary>
    public void Add(ArticleResult article)
    {
        ArgumentNullException.ThrowIfNull(article);
        Articles++;
        _ = article.Verdict switch
        {
            Verdict.Pass => Pass++,
            Verdict.Fail => Fail++,
            _ => Error++,
        };
        var counts = ReportNames.Count(article.Findings);
        _critical += counts.Critical;
        _major += counts.Major;
        _minor += counts.Minor;
        _suppressed += counts.Suppressed;
    }
}

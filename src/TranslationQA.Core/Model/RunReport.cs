namespace TranslationQA.Core.Model;

/// <summary>A whole run: every article's result plus run metadata. The one model every report writer reads.</summary>
/// <param name="Articles">Results in article id order.</param>
/// <param name="Rules">The catalogue of rules that ran.</param>
/// <param name="Engine">Engine name (offline, azure, libretranslate).</param>
/// <param name="ToolVersion">TranslationQA version.</param>
/// <param name="StartedAt">When the run started.</param>
/// <param name="Duration">How long it took.</param>
/// <param name="Stats">Engine cost.</param>
/// <param name="Gate">The gate that decided the verdicts.</param>
public sealed record RunReport(
    IReadOnlyList<ArticleResult> Articles,
    IReadOnlyList<RuleDescriptor> Rules,
    string Engine,
    string ToolVersion,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    EngineStats Stats,
    QualityGate Gate);

/// <summary>
/// When an article fails: a finding at or above <see cref="FailOn"/> (null: never), or a score above
/// <see cref="MaxScore"/>; with <see cref="Scope"/> <see cref="GateScope.New"/> only the findings new since the
/// baseline are looked at. Suppressed findings never count.
/// </summary>
public sealed record QualityGate(Severity? FailOn, double? MaxScore, GateScope Scope = GateScope.All)
{
    /// <summary>The default gate: fail on critical findings.</summary>
    public static QualityGate Default { get; } = new(Severity.Critical, null);
}

/// <summary>Which findings the gate looks at.</summary>
public enum GateScope
{
    /// <summary>Every finding not suppressed.</summary>
    All,
    /// <summary>Only findings not suppressed and not in the baseline (<c>--gate new</c>).</summary>
    New,
}

using TranslationQA.Core.Model;
using TranslationQA.Reporting.Shards;

namespace TranslationQA.Reporting;

/// <summary>What every report states about a run before its first article.</summary>
/// <param name="Rules">The catalogue of rules that run.</param>
/// <param name="Engine">Engine name (offline, azure, libretranslate).</param>
/// <param name="ToolVersion">TranslationQA version.</param>
/// <param name="StartedAt">When the run started.</param>
/// <param name="Gate">The gate that decides the verdicts.</param>
/// <param name="Shard">The shard this run checks, null for a whole run.</param>
public sealed record RunStart(
    IReadOnlyList<RuleDescriptor> Rules,
    string Engine,
    string ToolVersion,
    DateTimeOffset StartedAt,
    QualityGate Gate,
    ShardRun? Shard = null)
{
    /// <summary>The start of a finished run.</summary>
    public static RunStart Of(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Rules, report.Engine, report.ToolVersion, report.StartedAt, report.Gate);
    }
}

/// <summary>What a report learns only when the run ends.</summary>
/// <param name="Duration">How long the run took.</param>
/// <param name="Stats">What the engine cost.</param>
/// <param name="Interrupted">Set when the run was cancelled before every article was checked.</param>
/// <param name="Review">The suppressions that matched nothing and the baseline's findings now gone, when the run had either.</param>
public sealed record RunEnd(TimeSpan Duration, EngineStats Stats, RunInterruption? Interrupted = null, Review.ReviewOutcome? Review = null)
{
    /// <summary>The end of a finished run.</summary>
    public static RunEnd Of(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Duration, report.Stats);
    }
}

/// <summary>A run cancelled (Ctrl-C, a CI timeout) after <paramref name="Checked"/> of <paramref name="Total"/> articles.</summary>
/// <param name="Checked">Articles checked and reported.</param>
/// <param name="Total">Articles the run was to check.</param>
public sealed record RunInterruption(long Checked, long Total);

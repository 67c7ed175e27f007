using System.Text.Json.Serialization;

namespace TranslationQA.Reporting.Json;

/// <summary>The root of report.json.</summary>
public sealed record ReportDocument(
    string Tool,
    string ToolVersion,
    string Engine,
    DateTimeOffset StartedAt,
    DateTimeOffset GeneratedAt,
    long DurationMs,
    StatsDocument Stats,
    GateDocument Gate,
    TotalsDocument Totals,
    IReadOnlyList<RuleDocument> Rules,
    [property: JsonPropertyOrder(1)] IReadOnlyList<ArticleDocument> Articles,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ShardDocument? Shard = null,
    bool Complete = true,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] InterruptionDocument? Interrupted = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<StaleSuppressionDocument>? StaleSuppressions = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<AbsentFindingDocument>? Absent = null);

/// <summary>A suppression of the suppressions file that matched no finding of the run (only when there are some).</summary>
public sealed record StaleSuppressionDocument(string Fingerprint, string? Rule, string? Article, string Justification);

/// <summary>A finding of the baseline that this run no longer has (only with <c>--baseline</c>).</summary>
public sealed record AbsentFindingDocument(string Fingerprint, string Rule, string Article, string Severity, string TargetText, string Message)
{
    /// <summary>Always "absent", as SARIF names the state.</summary>
    public string BaselineState => "absent";
}

/// <summary>How far a cancelled run got (only when <c>complete</c> is false): articles checked out of those to check.</summary>
public sealed record InterruptionDocument(long CheckedArticles, long TotalArticles);

/// <summary>The shard a run checked (only in a shard run's report.json): K of N, out of how many articles in all.</summary>
public sealed record ShardDocument(int Index, int Count, long TotalArticles);

/// <summary>Engine cost of the run.</summary>
public sealed record StatsDocument(long CharactersSent, int Requests, int Retries, int CacheHits, long CharactersTranslated);

/// <summary>The quality gate: the severity that fails an article (null: none), the maximum score, and "new" when it looks only at new findings.</summary>
public sealed record GateDocument(string? FailOn, double? MaxScore, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Scope = null);

/// <summary>Run totals.</summary>
public sealed record TotalsDocument(int Articles, int Pass, int Fail, int Error, CountsDocument Findings);

/// <summary>Findings per severity, not counting the suppressed ones, which are counted apart (only when there are some).</summary>
public sealed record CountsDocument(int Critical, int Major, int Minor, int Total, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Suppressed = null);

/// <summary>A rule of the catalogue.</summary>
public sealed record RuleDocument(string Id, string Name, string Title, string Category, string DefaultSeverity, string Help);

/// <summary>One article's outcome.</summary>
public sealed record ArticleDocument(
    string Id,
    string Path,
    string? SourceLang,
    string? TargetLang,
    string Engine,
    string Verdict,
    string? Error,
    double Score,
    int WordCount,
    bool? IsLexicalGloss,
    CountsDocument Counts,
    IReadOnlyList<SentenceDocument> Sentences,
    IReadOnlyList<PairDocument> Pairs,
    IReadOnlyList<FindingDocument> Findings,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] MergeDataDocument? MergeData = null);

/// <summary>One German sentence with where it stands and its back-translation (also for target-only articles).</summary>
public sealed record SentenceDocument(int Index, int Line, int Column, string Text, string BackTranslation);

/// <summary>One alignment bead with its texts.</summary>
public sealed record PairDocument(
    string Kind,
    IReadOnlyList<int> SourceIndices,
    IReadOnlyList<int> TargetIndices,
    string SourceText,
    string TargetText,
    string BackTranslation,
    double Score,
    IReadOnlyList<DiffPieceDocument> Diff);

/// <summary>
/// One piece of a bead's word diff, in source order: <c>equal</c> (source words with a counterpart, and function words
/// and punctuation, which are not compared), <c>delete</c> (source words without counterpart) or <c>insert</c>
/// (back-translation words without source).
/// </summary>
public sealed record DiffPieceDocument(string Op, string Text);

/// <summary>One finding, located in the target text; a suppressed one says so with its justification, and with a baseline its state.</summary>
public sealed record FindingDocument(
    string Rule,
    string Category,
    string Severity,
    int Line,
    int Column,
    int Length,
    int Offset,
    string TargetText,
    string? SourceText,
    string? BackTranslation,
    string Message,
    string Fingerprint,
    string Evidence,
    double? Confidence,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] UnitDocument? Unit = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Suppressed = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Justification = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? BaselineState = null);

/// <summary>The XLIFF unit (and 2.x segment) a finding is in; only for articles read from XLIFF.</summary>
/// <param name="Id">The unit id.</param>
/// <param name="Segment">The 2.x segment id, if any.</param>
/// <param name="Tagged">The unit's German with its inline codes as <c>{1}</c>, <c>{/1}</c>, <c>{1/}</c> markers, when it has codes.</param>
public sealed record UnitDocument(
    string Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Segment,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Tagged = null);

using TranslationQA.Core.Checks;
using TranslationQA.Core.Ingestion;
using TranslationQA.Core.Model;

namespace TranslationQA.Cli;

/// <summary>What one <c>check</c> run was asked to do, parsed from the command line.</summary>
internal sealed record CheckSettings(
    IReadOnlyList<string> Paths,
    string OutputDirectory,
    IReadOnlyList<string> Formats,
    string Engine,
    QualityGate Gate,
    string DefaultSourceLang,
    EngineSettings EngineSettings,
    bool Quiet,
    string? Shard = null,
    InputLimits? Limits = null,
    bool Resume = false,
    string? Glossary = null,
    RuleSettings? Rules = null,
    string? SuppressionsFile = null,
    string? BaselineFile = null)
{
    /// <summary>The rules switched off and the severities overridden (none when not given).</summary>
    public RuleSettings RuleChoices => Rules ?? RuleSettings.None;
}

/// <summary>Engine configuration that may come from the command line; secrets only ever come from the environment.</summary>
internal sealed record EngineSettings(
    string? AzureEndpoint,
    string? LibreTranslateUrl,
    string? CacheFile,
    bool NoCache,
    int MaxConcurrency,
    string? TrapsFile);

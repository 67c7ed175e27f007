namespace TranslationQA.Cli;

/// <summary>What one <c>eval</c> run was asked to do.</summary>
internal sealed record EvalSettings(
    IReadOnlyList<string> Sets,
    string OutputDirectory,
    string Engine,
    string? TrapsFile,
    bool AsProposed,
    string? CalibrationFile,
    bool Quiet);

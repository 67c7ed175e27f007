using System.Text.Json.Serialization;
using TranslationQA.Core.Evaluation;

namespace TranslationQA.Cli;

/// <summary>The content of eval.json: what was measured, how, and the figures per set.</summary>
/// <param name="Tool">Tool name.</param>
/// <param name="ToolVersion">Tool version.</param>
/// <param name="Engine">Back-translation engine.</param>
/// <param name="Severities">"calibrated" (the built-in table) or "as proposed" (the checks' own severities).</param>
/// <param name="GeneratedAt">When the measurement ended.</param>
/// <param name="Sets">One measurement per set, in the order given.</param>
internal sealed record EvalReport(
    string Tool,
    string ToolVersion,
    string Engine,
    string Severities,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<SetEvaluation> Sets);

/// <summary>Source-generated serialisation of eval.json: camelCase, indented.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(EvalReport))]
internal sealed partial class EvalJsonContext : JsonSerializerContext;

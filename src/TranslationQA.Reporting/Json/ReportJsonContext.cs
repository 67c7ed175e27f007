using System.Text.Json.Serialization;

namespace TranslationQA.Reporting.Json;

/// <summary>Source-generated serialisation of report.json: camelCase, indented, nulls written explicitly.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ReportDocument))]
[JsonSerializable(typeof(ArticleDocument))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;

using System.Text.Json.Serialization;
using TranslationQA.Reporting.Json;

namespace TranslationQA.Reporting.Resume;

/// <summary>
/// Source-generated serialisation of the resume journal's lines: report.json's names, one line per entry. Used with
/// its own default options (no custom encoder, unlike report.json) so the generated fast path writes them: the
/// journal is written for every article of every run.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ArticleDocument))]
[JsonSerializable(typeof(JournalSettings))]
internal sealed partial class ResumeJsonContext : JsonSerializerContext;

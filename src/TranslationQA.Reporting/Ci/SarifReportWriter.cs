using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Ci;

/// <summary>
/// Writes report.sarif (SARIF 2.1.0) for code-scanning tools. Levels: critical = error, major = warning,
/// minor = note. Columns count UTF-16 code units; partial fingerprints come from <see cref="FindingFingerprint"/>.
/// </summary>
public sealed class SarifReportWriter(string? baseDirectory = null) : IReportWriter
{
    /// <summary>The file name written into the output folder.</summary>
    public const string FileName = "report.sarif";

    /// <summary>The key under partialFingerprints.</summary>
    public const string FingerprintKey = "translationQA/v1";

    /// <inheritdoc />
    public string Format => "sarif";

    /// <inheritdoc />
    public async Task WriteAsync(RunReport report, string outputDirectory, CancellationToken cancellationToken)
    {
        var stream = new FileStream(Path.Combine(outputDirectory, FileName), FileMode.Create, FileAccess.Write,
            FileShare.None, 64 * 1024, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            var json = new Utf8JsonWriter(stream, options);
            await using (json.ConfigureAwait(false))
            {
                Write(json, report, baseDirectory ?? Environment.CurrentDirectory);
                await json.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static void Write(Utf8JsonWriter json, RunReport report, string baseDirectory)
    {
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json, report);
        WriteInvocation(json, report, baseDirectory);
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        var ruleIndex = report.Rules.Select((r, i) => (r.Id, i)).DistinctBy(x => x.Id).ToDictionary(x => x.Id, x => x.i);
        foreach (var article in report.Articles)
        {
            var fingerprints = FindingFingerprint.ForArticle(article);
            var uri = ArtifactPath.Uri(ArtifactPath.FileOf(article), baseDirectory);
            for (var i = 0; i < article.Findings.Count; i++)
            {
                WriteResult(json, article, article.Findings[i], fingerprints[i], uri, ruleIndex);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTool(Utf8JsonWriter json, RunReport report)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "TranslationQA");
        json.WriteString("version", report.ToolVersion);
        json.WriteString("semanticVersion", report.ToolVersion);
        json.WriteStartArray("rules");
        foreach (var rule in report.Rules.DistinctBy(r => r.Id))
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            Message(json, "shortDescription", rule.Title);
            Message(json, "fullDescription", rule.Help);
            Message(json, "help", rule.Help);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", SarifLevels.Of(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteString("severity", ReportNames.Of(rule.DefaultSeverity));
            json.WriteStartArray("tags");
            json.WriteStringValue("translation");
            json.WriteStringValue(rule.Category);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, RunReport report, string baseDirectory)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", report.Articles.All(a => a.Verdict != Verdict.Error));
        json.WriteString("startTimeUtc", Utc(report.StartedAt));
        json.WriteString("endTimeUtc", Utc(report.StartedAt + report.Duration));
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var article in report.Articles.Where(a => a.Verdict == Verdict.Error))
        {
            json.WriteStartObject();
            json.WriteString("level", "error");
            Message(json, "message", $"{article.Id}: {article.Error ?? "could not be checked"}");
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", ArtifactPath.Uri(ArtifactPath.FileOf(article), baseDirectory));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, ArticleResult article, Finding finding, string fingerprint,
        string uri, Dictionary<string, int> ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        if (ruleIndex.TryGetValue(finding.RuleId, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", SarifLevels.Of(finding.Severity));
        Message(json, "message", finding.Message);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", uri);
        json.WriteEndObject();
        WriteRegion(json, article, finding);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, fingerprint);
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("articleId", article.Id);
        json.WriteString("severity", ReportNames.Of(finding.Severity));
        json.WriteString("category", finding.Category);
        if (finding.SourceText is { } source) json.WriteString("sourceText", source);
        if (finding.BackTranslation is { } back) json.WriteString("backTranslation", back);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, ArticleResult article, Finding finding)
    {
        var span = finding.Span;
        json.WriteStartObject("region");
        json.WriteNumber("startLine", span.Line);
        json.WriteNumber("startColumn", span.Column);
        var end = article.Analysis?.Article.Target is { } text && span.End <= text.Length
            ? article.Analysis.TargetSpan(span.End, 0)
            : new TextSpan(span.End, 0, span.Line, span.Column + span.Length);
        json.WriteNumber("endLine", end.Line);
        json.WriteNumber("endColumn", end.Column);
        json.WriteNumber("charOffset", span.Offset);
        json.WriteNumber("charLength", span.Length);
        json.WriteStartObject("snippet");
        json.WriteString("text", finding.TargetText);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Message(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string Utc(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}

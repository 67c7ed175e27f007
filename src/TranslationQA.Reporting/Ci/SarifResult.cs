using System.Text.Json;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Ci;

/// <summary>
/// One finding as a SARIF result: rule, level, message, region, partial fingerprint, suppression and baseline state. An
/// article on a line of a file of many (JSONL) has that line as its region; the line and column in its target text are
/// in the message and in the properties <c>targetLine</c> and <c>targetColumn</c>.
/// </summary>
internal static class SarifResult
{
    /// <summary>One finding as a SARIF result.</summary>
    public static void Write(Utf8JsonWriter json, ArticleResult article, Finding finding, string fingerprint,
        SarifArtifact artifact, Dictionary<string, int> ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        if (ruleIndex.TryGetValue(finding.RuleId, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", SarifLevels.Of(finding.Severity));
        // SARIF's rank (0-100) orders results by importance in viewers: the finding's measured precision.
        if (finding.Confidence is { } confidence)
        {
            json.WriteNumber("rank", Math.Round(100 * confidence, 1, MidpointRounding.AwayFromZero));
        }

        var span = finding.Span;
        SarifParts.Message(json, "message", artifact.Line is null ? finding.Message
            : $"{finding.Message} (article {article.Id}, target line {span.Line}, column {span.Column})");
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        SarifParts.ArtifactLocation(json, artifact);
        if (artifact.Line is { } line)
        {
            // The finding's place is inside the JSON string of the target; the region is the article's line of the file.
            json.WriteStartObject("region");
            json.WriteNumber("startLine", line);
            json.WriteNumber("startColumn", 1);
            json.WriteEndObject();
        }
        else
        {
            WriteRegion(json, article, finding);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString(SarifReportWriter.FingerprintKey, fingerprint);
        json.WriteEndObject();
        WriteReview(json, finding.Review);
        json.WriteStartObject("properties");
        json.WriteString("articleId", article.Id);
        json.WriteNumber("targetLine", span.Line);
        json.WriteNumber("targetColumn", span.Column);
        json.WriteString("severity", ReportNames.Of(finding.Severity));
        json.WriteString("category", finding.Category);
        json.WriteString("evidence", finding.EvidenceKey);
        if (finding.SourceText is { } source) json.WriteString("sourceText", source);
        if (finding.BackTranslation is { } back) json.WriteString("backTranslation", back);
        // The unit a CAT tool shows: line and column count in the text read from the XLIFF file, not in the file itself.
        if (finding.Unit is { } unit) json.WriteString("unitId", unit.UnitId);
        if (finding.Unit?.SegmentId is { } segment) json.WriteString("segmentId", segment);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A reviewer's decision as an external suppression (SARIF 2.1.0 §3.35), and the state against the baseline.</summary>
    private static void WriteReview(Utf8JsonWriter json, FindingReview? review)
    {
        if (review?.Justification is { } justification)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "external");
            json.WriteString("justification", justification);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (review?.Baseline is { } state)
        {
            json.WriteString("baselineState", ReportNames.Of(state));
        }
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
}

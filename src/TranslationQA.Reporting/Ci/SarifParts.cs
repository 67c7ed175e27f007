using System.Globalization;
using System.Text.Json;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Ci;

/// <summary>An unreadable article as SARIF reports it: a tool execution notification.</summary>
internal sealed record SarifNotification(string ArticleId, string Error, SarifArtifact Artifact);

/// <summary>
/// Where an article is for SARIF: a URI relative to <see cref="ArtifactPath.BaseId"/> (or absolute outside it, or none
/// for standard input), and the article's line when its file holds many.
/// </summary>
internal readonly record struct SarifArtifact(string? Uri, bool UnderBase, int? Line)
{
    public static SarifArtifact Of(ArticleResult article, string baseDirectory)
    {
        var (file, line) = ArtifactPath.Of(article, baseDirectory);
        var (uri, underBase) = ArtifactPath.Uri(file, baseDirectory);
        return new SarifArtifact(uri, underBase, line);
    }
}

/// <summary>The pieces of report.sarif, each written with a <see cref="Utf8JsonWriter"/>.</summary>
internal static class SarifParts
{
    /// <summary>The document with every part but its results, which <see cref="SarifReportSession"/> spools.</summary>
    public static void WriteSkeleton(Utf8JsonWriter json, RunStart run, RunEnd end, IReadOnlyList<SarifNotification> notifications, string baseDirectory)
    {
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json, run);
        WriteInvocation(json, run, end, notifications);
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(ArtifactPath.BaseId);
        json.WriteString("uri", ArtifactPath.BaseUri(baseDirectory));
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Opens the containers the results stand in, so results spooled on their own get the report's indentation.</summary>
    public static void OpenResults(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartArray("results");
    }

    /// <summary>Closes what <see cref="OpenResults"/> opened.</summary>
    public static void CloseResults(Utf8JsonWriter json)
    {
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTool(Utf8JsonWriter json, RunStart run)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "TranslationQA");
        json.WriteString("version", run.ToolVersion);
        json.WriteString("semanticVersion", run.ToolVersion);
        json.WriteStartArray("rules");
        foreach (var rule in run.Rules.DistinctBy(r => r.Id))
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

    private static void WriteInvocation(Utf8JsonWriter json, RunStart run, RunEnd end, IReadOnlyList<SarifNotification> notifications)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", notifications.Count == 0 && end.Interrupted is null);
        json.WriteString("startTimeUtc", Utc(run.StartedAt));
        json.WriteString("endTimeUtc", Utc(run.StartedAt + end.Duration));
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var notification in notifications)
        {
            json.WriteStartObject();
            json.WriteString("level", "error");
            Message(json, "message", $"{notification.ArticleId}: {notification.Error}");
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            ArtifactLocation(json, notification.Artifact);
            if (notification.Artifact.Line is { } line)
            {
                json.WriteStartObject("region");
                json.WriteNumber("startLine", line);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>The artifactLocation of <paramref name="artifact"/>: its URI and base, or a description for standard input.</summary>
    public static void ArtifactLocation(Utf8JsonWriter json, SarifArtifact artifact)
    {
        json.WriteStartObject("artifactLocation");
        if (artifact.Uri is { } uri)
        {
            json.WriteString("uri", uri);
            if (artifact.UnderBase)
            {
                json.WriteString("uriBaseId", ArtifactPath.BaseId);
            }
        }
        else
        {
            Message(json, "description", "standard input");
        }

        json.WriteEndObject();
    }

    /// <summary>A SARIF message object: <c>{"text": ...}</c>.</summary>
    public static void Message(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string Utc(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}

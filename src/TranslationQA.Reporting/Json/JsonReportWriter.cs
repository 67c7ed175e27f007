using System.Text.Json;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Json;

/// <summary>Writes report.json: the whole run as data, for scripts and dashboards.</summary>
public sealed class JsonReportWriter(TimeProvider time) : IStreamingReportWriter
{
    /// <summary>The file name written into the output folder.</summary>
    public const string FileName = "report.json";

    internal static readonly ReportJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JsonEscaping.Encoder,
    });

    /// <summary>The same layout for a writer that articles are serialised into one by one.</summary>
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JsonEscaping.Encoder,
    };

    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public Task WriteAsync(RunReport report, string outputDirectory, CancellationToken cancellationToken) =>
        ReportSessions.WriteAllAsync(this, report, outputDirectory, cancellationToken);

    /// <inheritdoc />
    public IReportSession Open(RunStart run, string outputDirectory) => new JsonReportSession(run, outputDirectory, time);
}

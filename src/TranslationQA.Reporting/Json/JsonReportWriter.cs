using System.Text.Encodings.Web;
using System.Text.Json;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Json;

/// <summary>Writes report.json: the whole run as data, for scripts and dashboards.</summary>
public sealed class JsonReportWriter(TimeProvider time) : IReportWriter
{
    /// <summary>The file name written into the output folder.</summary>
    public const string FileName = "report.json";

    // German text stays readable (ä, not \u00E4); the file is never embedded in HTML, so relaxed escaping is safe.
    private static readonly ReportJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public async Task WriteAsync(RunReport report, string outputDirectory, CancellationToken cancellationToken)
    {
        var document = ReportDocumentBuilder.Build(report, time.GetUtcNow());
        var stream = new FileStream(Path.Combine(outputDirectory, FileName), FileMode.Create, FileAccess.Write,
            FileShare.None, 64 * 1024, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            await JsonSerializer.SerializeAsync(stream, document, Context.ReportDocument, cancellationToken)
                .ConfigureAwait(false);
        }
    }
}

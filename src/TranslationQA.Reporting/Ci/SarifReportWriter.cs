using System.Text.Json;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Ci;

/// <summary>
/// Writes report.sarif (SARIF 2.1.0) for code-scanning tools. Levels: critical = error, major = warning,
/// minor = note. Columns count UTF-16 code units; partial fingerprints come from <see cref="FindingFingerprint"/>.
/// </summary>
public sealed class SarifReportWriter(string? baseDirectory = null) : IStreamingReportWriter
{
    /// <summary>The file name written into the output folder.</summary>
    public const string FileName = "report.sarif";

    /// <summary>The key under partialFingerprints.</summary>
    public const string FingerprintKey = "translationQA/v1";

    internal static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JsonEscaping.Encoder };

    /// <inheritdoc />
    public string Format => "sarif";

    /// <inheritdoc />
    public Task WriteAsync(RunReport report, string outputDirectory, CancellationToken cancellationToken) =>
        ReportSessions.WriteAllAsync(this, report, outputDirectory, cancellationToken);

    /// <inheritdoc />
    public IReportSession Open(RunStart run, string outputDirectory) =>
        new SarifReportSession(run, outputDirectory, baseDirectory ?? Environment.CurrentDirectory);
}

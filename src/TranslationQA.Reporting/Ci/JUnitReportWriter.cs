using System.Text;
using System.Xml;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Ci;

/// <summary>
/// Writes junit.xml: a testsuite per article; a failing testcase per finding at or above the gate (and one for a
/// score over the limit), one passing case for an article that passes, an error case for an unreadable article.
/// </summary>
public sealed class JUnitReportWriter : IStreamingReportWriter
{
    /// <summary>The file name written into the output folder.</summary>
    public const string FileName = "junit.xml";

    /// <inheritdoc />
    public string Format => "junit";

    internal static XmlWriterSettings Settings => new()
    {
        Async = true,
        Indent = true,
        Encoding = new UTF8Encoding(false),
        NewLineChars = "\n",
        CloseOutput = false,
    };

    /// <inheritdoc />
    public Task WriteAsync(RunReport report, string outputDirectory, CancellationToken cancellationToken) =>
        ReportSessions.WriteAllAsync(this, report, outputDirectory, cancellationToken);

    /// <inheritdoc />
    public IReportSession Open(RunStart run, string outputDirectory) => new JUnitReportSession(run, outputDirectory);
}

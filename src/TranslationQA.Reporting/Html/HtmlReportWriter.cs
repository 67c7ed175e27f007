using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Html;

/// <summary>Writes index.html and one self-contained page per article under articles/.</summary>
public sealed class HtmlReportWriter(TimeProvider time) : IStreamingReportWriter
{
    /// <summary>The index file name.</summary>
    public const string IndexFileName = "index.html";

    /// <summary>The folder of article pages.</summary>
    public const string ArticlesFolder = "articles";

    /// <summary>The page of the article <paramref name="articleId"/>, relative to the output folder with '/'.</summary>
    public static string PagePath(string articleId) => $"{ArticlesFolder}/{SafeId.For(articleId)}.html";

    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public Task WriteAsync(RunReport report, string outputDirectory, CancellationToken cancellationToken) =>
        ReportSessions.WriteAllAsync(this, report, outputDirectory, cancellationToken);

    /// <inheritdoc />
    public IReportSession Open(RunStart run, string outputDirectory) => new HtmlReportSession(run, outputDirectory, time);
}

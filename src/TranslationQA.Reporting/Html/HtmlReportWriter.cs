using System.Text;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Html;

/// <summary>Writes index.html and one self-contained page per article under articles/.</summary>
public sealed class HtmlReportWriter(TimeProvider time) : IReportWriter
{
    /// <summary>The index file name.</summary>
    public const string IndexFileName = "index.html";

    /// <summary>The folder of article pages.</summary>
    public const string ArticlesFolder = "articles";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public async Task WriteAsync(RunReport report, string outputDirectory, CancellationToken cancellationToken)
    {
        var generatedAt = time.GetUtcNow();
        var safeIds = report.Articles.Select(a => SafeId.For(a.Id)).ToList();
        var folder = Path.Combine(outputDirectory, ArticlesFolder);
        Directory.CreateDirectory(folder);
        for (var i = 0; i < report.Articles.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var neighbours = new ArticlePage.Neighbours(
                i > 0 ? (report.Articles[i - 1].Id, safeIds[i - 1]) : null,
                i + 1 < report.Articles.Count ? (report.Articles[i + 1].Id, safeIds[i + 1]) : null);
            var page = ArticlePage.Render(report, report.Articles[i], neighbours, generatedAt);
            await File.WriteAllTextAsync(Path.Combine(folder, safeIds[i] + ".html"), page, Utf8, cancellationToken)
                .ConfigureAwait(false);
        }

        var index = IndexPage.Render(report, safeIds, generatedAt);
        await File.WriteAllTextAsync(Path.Combine(outputDirectory, IndexFileName), index, Utf8, cancellationToken)
            .ConfigureAwait(false);
    }
}

using TranslationQA.Core.Model;

namespace TranslationQA.Reporting;

/// <summary>
/// One report format being written while the run goes on: articles are added one by one in input order, and
/// <see cref="CompleteAsync"/> writes what needs the whole run (totals, index) and closes every file.
/// </summary>
/// <remarks>
/// Stopping early is calling <see cref="CompleteAsync"/> after fewer articles: every file is then a valid report of
/// those articles. Disposing without completing removes the scratch files and leaves no half-written report.
/// </remarks>
public interface IReportSession : IAsyncDisposable
{
    /// <summary>Adds the next article; <paramref name="position"/> is its 0-based place in the whole input.</summary>
    Task AddAsync(ArticleResult article, long position, CancellationToken cancellationToken);

    /// <summary>Writes the parts that need the whole run and closes every file of this format.</summary>
    Task CompleteAsync(RunEnd end, CancellationToken cancellationToken);
}

/// <summary>A report writer that can take a run article by article, so memory does not grow with the run.</summary>
public interface IStreamingReportWriter : IReportWriter
{
    /// <summary>Starts writing a run into <paramref name="outputDirectory"/> (which exists).</summary>
    IReportSession Open(RunStart run, string outputDirectory);
}

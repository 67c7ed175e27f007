using TranslationQA.Core.Model;

namespace TranslationQA.Reporting;

/// <summary>Runs several report writers; one writer failing does not stop the others.</summary>
public sealed class ReportSet
{
    private readonly IReadOnlyList<IReportWriter> _writers;

    /// <summary>A set of the given writers, run in order.</summary>
    public ReportSet(IEnumerable<IReportWriter> writers) => _writers = [.. writers];

    /// <summary>The writers in this set.</summary>
    public IReadOnlyList<IReportWriter> Writers => _writers;

    /// <summary>Writes every format into <paramref name="outputDirectory"/> (created if missing) and returns the failures.</summary>
    public async Task<IReadOnlyList<ReportFailure>> WriteAsync(
        RunReport report, string outputDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(outputDirectory);
        var failures = new List<ReportFailure>();
        foreach (var writer in _writers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await writer.WriteAsync(report, outputDirectory, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // A broken format must not cost the reviewer the other reports, so record it and carry on.
                failures.Add(new ReportFailure(writer.Format, ex));
            }
        }

        return failures;
    }

    /// <summary>
    /// Starts writing every format into <paramref name="outputDirectory"/> (created if missing) while the run goes on;
    /// a writer that cannot stream gets the articles all at once on completion.
    /// </summary>
    public ReportSetSession Open(RunStart run, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(run);
        Directory.CreateDirectory(outputDirectory);
        return new ReportSetSession(_writers, run, outputDirectory);
    }
}

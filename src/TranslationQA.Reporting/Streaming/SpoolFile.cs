namespace TranslationQA.Reporting.Streaming;

/// <summary>
/// A scratch file beside the reports that holds one format's article part while the run goes on, until the totals
/// that come before it in the report are known. The file system deletes it when it is closed.
/// </summary>
internal sealed class SpoolFile : IAsyncDisposable
{
    private readonly string _path;

    public SpoolFile(string outputDirectory, string reportFileName)
    {
        _path = ScratchFiles.Add(Path.Combine(outputDirectory, $".{reportFileName}.{Environment.ProcessId}.part"));
        Stream = new FileStream(_path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.Asynchronous | FileOptions.DeleteOnClose);
    }

    /// <summary>Where the writer of this format writes its article part.</summary>
    public FileStream Stream { get; }

    /// <summary>Copies the spool from byte <paramref name="from"/> to its end into <paramref name="destination"/>.</summary>
    public async Task CopyToAsync(Stream destination, long from, CancellationToken cancellationToken)
    {
        await Stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        Stream.Position = from;
        await Stream.CopyToAsync(destination, 1024 * 1024, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await Stream.DisposeAsync().ConfigureAwait(false);
        ScratchFiles.Forget(_path);
    }
}

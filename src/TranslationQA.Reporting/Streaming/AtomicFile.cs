using System.Text;

namespace TranslationQA.Reporting.Streaming;

/// <summary>
/// A report file written under a scratch name and renamed into place once whole, so a reader (or a run stopped
/// half-way) never sees a half-written report: the file is either the complete new one or not there.
/// </summary>
internal sealed class AtomicFile : IAsyncDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _path;
    private readonly string _scratch;
    private bool _committed;

    public AtomicFile(string path)
    {
        _path = path;
        _scratch = Path.Combine(Path.GetDirectoryName(path) ?? "", $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        Stream = new FileStream(ScratchFiles.Add(_scratch), FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
    }

    /// <summary>Where the content goes.</summary>
    public FileStream Stream { get; }

    /// <summary>Writes UTF-8 text (no BOM) to <paramref name="path"/> in one step.</summary>
    public static async Task WriteAllTextAsync(string path, string text, CancellationToken cancellationToken)
    {
        var file = new AtomicFile(path);
        await using (file.ConfigureAwait(false))
        {
            await file.Stream.WriteAsync(Utf8.GetBytes(text), cancellationToken).ConfigureAwait(false);
            await file.CommitAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Closes the file and moves it into place, replacing any older report of the same name.</summary>
    public async Task CommitAsync()
    {
        await Stream.DisposeAsync().ConfigureAwait(false);
        File.Move(_scratch, _path, overwrite: true);
        _committed = true;
        ScratchFiles.Forget(_scratch);
    }

    public async ValueTask DisposeAsync()
    {
        await Stream.DisposeAsync().ConfigureAwait(false);
        if (!_committed)
        {
            ScratchFiles.Remove(_scratch);
        }
    }
}

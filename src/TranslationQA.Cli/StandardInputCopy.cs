namespace TranslationQA.Cli;

/// <summary>
/// What <c>check -</c> reads from standard input, copied to a temporary file first: a run lists its input twice (to
/// count it, then to check it) and reads JSONL line by line with the size limit of each line, which a pipe allows
/// only once. The copy is removed when the run ends.
/// </summary>
internal sealed class StandardInputCopy : IDisposable
{
    private StandardInputCopy(string path) => Path = path;

    /// <summary>The temporary file.</summary>
    public string Path { get; }

    /// <summary>Copies <paramref name="input"/> to its end into a new temporary file.</summary>
    public static async Task<StandardInputCopy> CreateAsync(Stream input, CancellationToken cancellationToken)
    {
        var copy = new StandardInputCopy(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"translationqa-stdin-{Guid.NewGuid():N}.jsonl"));
        try
        {
            var file = new FileStream(copy.Path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
            await using (file.ConfigureAwait(false))
            {
                await input.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
            }

            return copy;
        }
        catch
        {
            copy.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        try
        {
            File.Delete(Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary file left behind is the system's to clear; the run's result does not depend on it.
        }
    }
}

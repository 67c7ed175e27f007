using System.Globalization;
using TranslationQA.Reporting.Streaming;

namespace TranslationQA.Reporting;

/// <summary>
/// One run per output folder: two runs writing the same reports would interleave their files. The lock is an
/// exclusive lock on <c>.translationqa.lock</c> in the folder (.NET takes <c>flock(2)</c> for
/// <see cref="FileShare.None"/> on Unix), which the kernel releases when the process ends however it ends, so a
/// killed run never leaves the folder locked. The process id goes beside it in <c>.translationqa.owner</c>, for the
/// message a second run prints (the lock file itself cannot be read while locked). Both files go when the run ends.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private const string LockName = ".translationqa.lock";
    private const string OwnerName = ".translationqa.owner";
    private readonly FileStream _lock;
    private readonly string _owner;

    private OutputLock(FileStream lockStream, string owner) => (_lock, _owner) = (lockStream, owner);

    /// <summary>Takes the folder (creating it), or returns null with why: another run has it, or it cannot be written.</summary>
    public static OutputLock? TryTake(string outputDirectory, out string? refusal)
    {
        try
        {
            return Take(outputDirectory, out refusal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            refusal = $"--out {outputDirectory}: cannot be written ({e.Message})";
            return null;
        }
    }

    private static OutputLock? Take(string outputDirectory, out string? refusal)
    {
        Directory.CreateDirectory(outputDirectory);
        var lockPath = Path.Combine(outputDirectory, LockName);
        var ownerPath = Path.Combine(outputDirectory, OwnerName);
        FileStream stream;
        try
        {
            // Deleting the file on close leaves a small race (a third run could lock the unlinked file while a
            // fourth creates a new one); runs started into one folder within the same instant are not a use case.
            stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException) when (File.Exists(lockPath))
        {
            var owner = ReadOwner(ownerPath);
            refusal = $"--out {outputDirectory}: another translationqa run is writing its reports there"
                + (owner is null ? "" : $" ({owner})") + "; wait for it to end or choose another --out";
            return null;
        }

        ScratchFiles.Add(lockPath);
        File.WriteAllText(ScratchFiles.Add(ownerPath),
            $"process {Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}, started {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss} UTC\n");
        refusal = null;
        return new OutputLock(stream, ownerPath);
    }

    public void Dispose()
    {
        ScratchFiles.Remove(_owner);
        ScratchFiles.Forget(_lock.Name);
        _lock.Dispose();
    }

    private static string? ReadOwner(string path)
    {
        try
        {
            return File.ReadAllText(path).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // the owner file is written just after the lock is taken; the run may be that young
        }
    }
}

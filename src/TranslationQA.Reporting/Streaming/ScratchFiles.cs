using System.Collections.Concurrent;

namespace TranslationQA.Reporting.Streaming;

/// <summary>
/// The scratch files of the reports being written. Each writer removes its own; a process that exits mid-write (a
/// second Ctrl-C, a run still busy after the grace period) removes the rest on its way out, so only whole reports
/// remain in the output folder.
/// </summary>
internal static class ScratchFiles
{
    private static readonly ConcurrentDictionary<string, byte> Live = new(StringComparer.Ordinal);

    static ScratchFiles() => AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveAll();

    /// <summary>Records a scratch file about to be created.</summary>
    public static string Add(string path)
    {
        Live[path] = 0;
        return path;
    }

    /// <summary>Forgets a scratch file that became a report (renamed into place).</summary>
    public static void Forget(string path) => Live.TryRemove(path, out _);

    /// <summary>Deletes a scratch file, best effort.</summary>
    public static void Remove(string path)
    {
        Forget(path);
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The scratch name starts with a dot and never replaces a report; leaving it changes no report.
        }
    }

    private static void RemoveAll()
    {
        foreach (var path in Live.Keys)
        {
            Remove(path);
        }
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using TranslationQA.Reporting.Streaming;

namespace TranslationQA.Reporting;

/// <summary>
/// The list of files a run wrote into its output folder (<see cref="FileName"/>), so the next run into that folder
/// can remove those it does not write again (the pages of articles no longer checked) and leave every other file alone.
/// The manifest is read as untrusted input: only a plain relative path inside the folder is removed (no '..', no
/// root, no drive, no backslash), only a regular file, and never through a symbolic link; hidden files (the lock, the
/// scratch files, a .git folder), the manifest and the resume journal are never removed.
/// </summary>
public static class OutputManifest
{
    /// <summary>The manifest's name in the output folder.</summary>
    public const string FileName = "translationqa-manifest.json";

    /// <summary>A manifest above this size is not one of ours (50,000 article pages take about 2 MB).</summary>
    internal const long MaxBytes = 64_000_000;

    /// <summary>
    /// Removes the files the previous run's manifest lists that are not in <paramref name="written"/>, then writes
    /// <paramref name="written"/> as the new manifest. Returns what could not be done (warnings); never throws for I/O.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ReplaceAsync(string outputDirectory, IReadOnlyCollection<string> written,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(written);
        var warnings = new List<string>();
        var path = Path.Combine(outputDirectory, FileName);
        var keep = new HashSet<string>(written, StringComparer.Ordinal);
        foreach (var stale in Read(path, warnings).Where(f => !keep.Contains(f)))
        {
            Remove(outputDirectory, stale, warnings);
        }

        try
        {
            var document = new ManifestDocument("TranslationQA", [.. written.Order(StringComparer.Ordinal)]);
            await AtomicFile.WriteAllTextAsync(path, JsonSerializer.Serialize(document, ManifestJsonContext.Default.ManifestDocument) + "\n",
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warnings.Add($"{path}: {e.Message}; the next run cannot remove the files of this one");
        }

        return warnings;
    }

    /// <summary>
    /// True for a file a manifest may have a run remove: segments of a relative path joined by '/', none empty or
    /// hidden (which also rules out '.' and '..'), and not the manifest or the resume journal.
    /// </summary>
    internal static bool IsRemovable(string path) =>
        path.Length is > 0 and < 1024
        && !path.Any(c => char.IsControl(c) || c is '\\' or ':')
        && !Path.IsPathRooted(path)
        && path.Split('/').All(segment => segment.Length > 0 && segment[0] != '.')
        && path is not (FileName or Resume.ResumeJournal.FileName);

    private static IReadOnlyList<string> Read(string path, List<string> warnings)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return [];
            }

            if (info.LinkTarget is not null || info.Length > MaxBytes)
            {
                warnings.Add($"{path}: not a manifest of this tool (a link, or above {MaxBytes:N0} bytes); no earlier file removed");
                return [];
            }

            using var stream = info.OpenRead();
            var document = JsonSerializer.Deserialize(stream, ManifestJsonContext.Default.ManifestDocument);
            return document?.Files?.Where(f => f is not null).ToList() ?? [];
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            warnings.Add($"{path}: cannot be read ({e.Message}); no earlier file removed");
            return [];
        }
    }

    private static void Remove(string outputDirectory, string relative, List<string> warnings)
    {
        if (!IsRemovable(relative))
        {
            warnings.Add($"{Path.Combine(outputDirectory, FileName)}: \"{relative}\" is not a plain path inside the folder; left alone");
            return;
        }

        try
        {
            // Every folder on the way must be a real folder, not a link that leads elsewhere.
            var current = outputDirectory;
            var segments = relative.Split('/');
            foreach (var folder in segments[..^1])
            {
                current = Path.Combine(current, folder);
                var info = new DirectoryInfo(current);
                if (!info.Exists || info.LinkTarget is not null)
                {
                    return;
                }
            }

            var file = new FileInfo(Path.Combine(current, segments[^1]));
            if (file.Exists && file.LinkTarget is null && !file.Attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                file.Delete();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warnings.Add($"{Path.Combine(outputDirectory, relative)}: cannot be removed ({e.Message})");
        }
    }
}

/// <summary>What <see cref="OutputManifest.FileName"/> holds.</summary>
/// <param name="Tool">The tool that wrote it.</param>
/// <param name="Files">The files of the run, relative to the output folder with '/'.</param>
internal sealed record ManifestDocument(string Tool, IReadOnlyList<string>? Files);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ManifestDocument))]
internal sealed partial class ManifestJsonContext : JsonSerializerContext;

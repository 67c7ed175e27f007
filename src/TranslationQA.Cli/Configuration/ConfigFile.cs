using System.Text.Json;

namespace TranslationQA.Cli.Configuration;

/// <summary>A <c>translationqa.json</c>, read and parsed: its settings in file order, each a key and a JSON value.</summary>
internal sealed record ConfigFile(string Path, IReadOnlyList<KeyValuePair<string, JsonElement>> Settings)
{
    /// <summary>The file a run reads from its working folder when <c>--config</c> is not given.</summary>
    public const string DefaultName = "translationqa.json";

    /// <summary>A config holds a dozen settings; anything near this size is not one (and is not read into memory).</summary>
    public const int MaxBytes = 64 * 1024;

    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 8,
    };

    /// <summary>The folder the file's relative paths are relative to.</summary>
    public string Folder => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;

    /// <summary>Reads and parses <paramref name="path"/>; a missing, oversized or malformed file is a <see cref="ConfigException"/>.</summary>
    public static ConfigFile Read(string path)
    {
        var bytes = ReadBounded(path);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes.AsMemory(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0), Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"({line + 1},{(e.BytePositionInLine ?? 0) + 1})" : "";
            var reason = e.Message.Split(" LineNumber:", 2)[0].Split(" Path:", 2)[0];
            throw new ConfigException($"{path}{where}: not valid JSON: {reason}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ConfigException($"{path}: must hold one JSON object of settings, e.g. {{\"failOn\": \"major\"}}");
            }

            var settings = new List<KeyValuePair<string, JsonElement>>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (settings.Exists(s => s.Key == property.Name))
                {
                    throw new ConfigException($"{path}: \"{property.Name}\" is set twice");
                }

                settings.Add(new(property.Name, property.Value.Clone()));
            }

            return new ConfigFile(path, settings);
        }
    }

    private static byte[] ReadBounded(string path)
    {
        try
        {
            // Read one byte past the limit instead of trusting Length: a pipe or a growing file has none worth trusting.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var buffer = new byte[MaxBytes + 1];
            var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            if (length > MaxBytes)
            {
                throw new ConfigException($"{path}: too large for a config file (at most {MaxBytes / 1024} KB)");
            }

            return buffer[..length];
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ConfigException($"{path}: no such file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException($"{path}: cannot be read: {e.Message}");
        }
    }
}

/// <summary>A config file that cannot be used; the message names the file and the problem.</summary>
internal sealed class ConfigException(string message) : Exception(message);

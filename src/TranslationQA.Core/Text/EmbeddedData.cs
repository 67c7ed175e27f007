using System.Reflection;

namespace TranslationQA.Core.Text;

/// <summary>Reads the TSV resources embedded in this assembly.</summary>
internal static class EmbeddedData
{
    /// <summary>The non-comment, non-empty lines of the embedded resource <paramref name="logicalName"/>.</summary>
    public static IEnumerable<string> Lines(string logicalName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"Embedded resource {logicalName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return DataLines(reader).ToList();
    }

    /// <summary>Lines of a TSV data file, skipping '#' comments and blank lines.</summary>
    public static IEnumerable<string> DataLines(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#' && !string.IsNullOrWhiteSpace(line))
            {
                yield return line;
            }
        }
    }
}

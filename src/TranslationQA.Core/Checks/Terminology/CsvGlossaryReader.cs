using TranslationQA.Core.Model;

namespace TranslationQA.Core.Checks.Terminology;

/// <summary>
/// Reads a CSV term base: a header naming the columns (any order), then one entry per record. <c>source</c> and
/// <c>target</c> are required; <c>forbidden</c>, <c>note</c>, <c>caseSensitive</c> and <c>severity</c> are optional.
/// The term columns hold alternatives separated by <c>|</c>.
/// </summary>
internal static class CsvGlossaryReader
{
    private static readonly string[] Columns = ["source", "target", "forbidden", "note", "caseSensitive", "severity"];

    /// <summary>The entries of the CSV text <paramref name="text"/> read from <paramref name="file"/>.</summary>
    /// <exception cref="GlossaryFormatException">The header or a record is malformed.</exception>
    public static IReadOnlyList<GlossaryEntry> Read(string text, string file)
    {
        var entries = new List<GlossaryEntry>();
        Dictionary<string, int>? header = null;
        foreach (var (line, fields) in CsvRecords.Read(text, file))
        {
            if (header is null)
            {
                header = Header(fields, line, file);
                continue;
            }

            if (fields.Count != header.Count)
            {
                throw new GlossaryFormatException(file, line, 0, $"{fields.Count} fields where the header has {header.Count}.");
            }

            string Cell(string column) => header.TryGetValue(column, out var k) ? fields[k].Trim() : "";
            var entry = new GlossaryEntry(
                $"{Path.GetFileName(file)} line {line}",
                [.. Terms(Cell("source")).Select(t => new LanguageTerm(t, null))],
                Terms(Cell("target")),
                Terms(Cell("forbidden")),
                Cell("note") is { Length: > 0 } note ? note : null,
                Flag(Cell("caseSensitive"), line, file),
                GlossarySeverity.Parse(Cell("severity"), file, line, 0));
            if (entry.Approved.Count == 0 && entry.Forbidden.Count == 0)
            {
                throw new GlossaryFormatException(file, line, 0, "the entry has neither a target nor a forbidden term.");
            }

            entries.Add(entry);
        }

        return header is null ? throw new GlossaryFormatException(file, "the file is empty; the first line must name the columns (source,target,...).") : entries;
    }

    private static Dictionary<string, int> Header(IReadOnlyList<string> fields, int line, string file)
    {
        var header = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k < fields.Count; k++)
        {
            var name = fields[k].Trim().TrimStart('\uFEFF');
            if (!Columns.Contains(name, StringComparer.OrdinalIgnoreCase) || !header.TryAdd(name, k))
            {
                throw new GlossaryFormatException(file, line, 0,
                    $"column '{name}' is unknown or repeated; the columns are {string.Join(", ", Columns)}.");
            }
        }

        return header.ContainsKey("source") && header.ContainsKey("target")
            ? header
            : throw new GlossaryFormatException(file, line, 0, "the header must name at least the columns source and target.");
    }

    private static string[] Terms(string cell) => cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool Flag(string cell, int line, string file) => cell.ToLowerInvariant() switch
    {
        "" or "false" or "no" or "0" => false,
        "true" or "yes" or "1" => true,
        _ => throw new GlossaryFormatException(file, line, 0, $"caseSensitive is '{cell}'; write true or false."),
    };
}

/// <summary>The severity an entry declares: critical, major or minor; major when none is given.</summary>
internal static class GlossarySeverity
{
    /// <summary>The severity written <paramref name="text"/> (major when empty).</summary>
    /// <exception cref="GlossaryFormatException">Another word.</exception>
    public static Severity Parse(string text, string file, int line, int column) =>
        text.Trim().Length == 0 ? Severity.Major
        : Severities.Parse(text) ?? throw new GlossaryFormatException(file, line, column, $"severity is '{text}'; write critical, major or minor.");
}

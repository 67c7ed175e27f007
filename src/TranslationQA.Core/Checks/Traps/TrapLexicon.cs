using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Traps;

/// <summary>Loads the trap list: the embedded Checks/Data/traps.tsv plus an optional user file in the same format.</summary>
public static class TrapLexicon
{
    private static readonly Lazy<IReadOnlyList<Trap>> BuiltIn = new(() =>
        Parse(EmbeddedData.Lines("TranslationQA.Core.Checks.Data.traps.tsv"), "traps.tsv"));

    /// <summary>The built-in traps plus those of <paramref name="extraPath"/> (if given).</summary>
    /// <exception cref="FormatException">A row of the extra file is malformed.</exception>
    public static IReadOnlyList<Trap> Load(string? extraPath)
    {
        if (string.IsNullOrEmpty(extraPath))
        {
            return BuiltIn.Value;
        }

        using var reader = new StreamReader(extraPath);
        return [.. BuiltIn.Value, .. Parse(EmbeddedData.DataLines(reader).ToList(), extraPath)];
    }

    /// <summary>Parses TSV rows (comments and blank lines already removed).</summary>
    public static IReadOnlyList<Trap> Parse(IEnumerable<string> rows, string origin)
    {
        var result = new List<Trap>();
        var n = 0;
        foreach (var row in rows)
        {
            n++;
            var c = row.Split('\t');
            if (c.Length < 9 || !Enum.TryParse<Severity>(c[7], true, out var severity) || c[5] is not ("sentence" or "article") || c[6] is not ("yes" or "no"))
            {
                throw new FormatException($"{origin}: data row {n} needs 9 tab-separated columns (lang source renderings context forbidden scope standalone severity advice).");
            }

            var expected = c[2].StartsWith('!');
            var renderings = List(expected ? c[2][1..] : c[2]);
            if (renderings.Length == 0 || expected && c[1] == "-")
            {
                throw new FormatException($"{origin}: data row {n}: " + (renderings.Length == 0
                    ? "the renderings column is empty."
                    : "expected renderings (\"!...\") need a source term."));
            }

            IReadOnlyList<string>[] terms = [.. List(c[1]).Select(term => term.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
            result.Add(new Trap(c[0], terms, renderings, List(c[3]), List(c[4]), c[5] == "article", c[6] == "yes", severity, c[8], expected));
        }

        return result;
    }

    private static string[] List(string cell) =>
        cell == "-" ? [] : cell.ToLowerFast().Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

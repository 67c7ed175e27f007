using System.Globalization;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Alignment;

/// <summary>
/// Reads gold sentence alignments: one bead per line, "source indices&lt;TAB&gt;target indices", indices 0-based
/// and comma-separated, one side empty for an omission or addition. Blank lines and lines starting with # are ignored.
/// </summary>
public static class AlignmentGold
{
    /// <summary>Reads the gold file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<AlignedPair> Read(string path) => Parse(File.ReadAllText(path));

    /// <summary>Parses gold text; throws <see cref="FormatException"/> on a malformed line.</summary>
    public static IReadOnlyList<AlignedPair> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var beads = new List<AlignedPair>();
        var lineNumber = 0;
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            lineNumber++;
            if (raw.Trim().Length == 0 || raw.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var sides = raw.Split('\t');
            if (sides.Length != 2)
            {
                throw new FormatException($"Gold line {lineNumber}: expected two tab-separated fields, got '{raw}'.");
            }

            var bead = new AlignedPair(Indices(sides[0], lineNumber), Indices(sides[1], lineNumber), 1);
            if (bead.Source.Count + bead.Target.Count == 0)
            {
                throw new FormatException($"Gold line {lineNumber}: both sides are empty.");
            }

            beads.Add(bead);
        }

        return beads;
    }

    private static int[] Indices(string field, int lineNumber)
    {
        var parts = field.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = new int[parts.Length];
        for (var k = 0; k < parts.Length; k++)
        {
            if (!int.TryParse(parts[k], NumberStyles.None, CultureInfo.InvariantCulture, out result[k]))
            {
                throw new FormatException($"Gold line {lineNumber}: '{parts[k]}' is not a sentence index.");
            }
        }

        return result;
    }
}

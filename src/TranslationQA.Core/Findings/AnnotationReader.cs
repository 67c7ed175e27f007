using TranslationQA.Core.Model;

namespace TranslationQA.Core.Findings;

/// <summary>Reads expected.tsv files: header <c>line text category severity note</c>, tab-separated.</summary>
public static class AnnotationReader
{
    /// <summary>Parses <paramref name="tsv"/> against <paramref name="target"/> (the target.de.txt text, \n line ends).</summary>
    /// <exception cref="FormatException">A row is malformed or its text is not on its line.</exception>
    public static IReadOnlyList<Annotation> Parse(string tsv, string target)
    {
        var index = new TextIndex(target);
        var result = new List<Annotation>();
        var rows = tsv.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var r = 0; r < rows.Length; r++)
        {
            var row = rows[r];
            if (string.IsNullOrWhiteSpace(row) || row.StartsWith('#') || r == 0 && row.StartsWith("line\t", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = row.Split('\t');
            if (cells.Length < 4 || !int.TryParse(cells[0], out var line) || line < 1 || line > index.LineCount)
            {
                throw new FormatException($"expected.tsv row {r + 1}: need line<TAB>text<TAB>category<TAB>severity[<TAB>note] with a valid line.");
            }

            var start = index.LineStart(line);
            var end = line < index.LineCount ? index.LineStart(line + 1) - 1 : target.Length;
            var at = target.IndexOf(cells[1], start, end - start, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new FormatException($"expected.tsv row {r + 1}: \"{cells[1]}\" is not on line {line}.");
            }

            if (!Enum.TryParse<Severity>(cells[3].Trim(), ignoreCase: true, out var severity))
            {
                throw new FormatException($"expected.tsv row {r + 1}: unknown severity \"{cells[3]}\".");
            }

            result.Add(new Annotation(line, cells[1], cells[2].Trim(), severity, cells.Length > 4 ? cells[4] : "", at));
        }

        return result;
    }
}

using System.Globalization;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Findings;

/// <summary>One measured row: how often findings of a key flagged lines of a labelled set, and how many of those were bad.</summary>
/// <param name="Kind"><c>evidence</c> for an evidence class (what severity is earned by), <c>rule</c> for a whole rule.</param>
/// <param name="Key">The evidence key ("TQA007.changed") or rule id.</param>
/// <param name="Set">The labelled set.</param>
/// <param name="Half">tune, test or all (the hand-made fixture sets are in-sample and measured whole).</param>
/// <param name="Lines">Lines of that half.</param>
/// <param name="Bad">Bad lines of that half.</param>
/// <param name="Flagged">Lines the key flagged, at any severity.</param>
/// <param name="Hits">Flagged lines that are bad.</param>
public sealed record CalibrationRow(string Kind, string Key, string Set, string Half, int Lines, int Bad, int Flagged, int Hits)
{
    /// <summary>Hits / flagged.</summary>
    public double Precision => Flagged == 0 ? 0 : (double)Hits / Flagged;

    /// <summary>Hits / bad lines.</summary>
    public double Recall => Bad == 0 ? 0 : (double)Hits / Bad;
}

/// <summary>
/// The measured table behind severities and confidences (Checks/Data/calibration.tsv), written by
/// <c>translationqa eval ... --write-calibration</c> and read once per process.
/// </summary>
public sealed class Calibration(IReadOnlyList<CalibrationRow> rows)
{
    private const string Header = "kind\tkey\tset\thalf\tlines\tbad\tflagged\thits";

    /// <summary>Every row.</summary>
    public IReadOnlyList<CalibrationRow> Rows { get; } = rows;

    /// <summary>The table built into the tool.</summary>
    public static Calibration BuiltIn { get; } = Parse(EmbeddedData.Lines("TranslationQA.Core.Checks.Data.calibration.tsv"));

    /// <summary>Parses data lines (comments and blank lines already removed).</summary>
    /// <exception cref="FormatException">A row is malformed.</exception>
    public static Calibration Parse(IEnumerable<string> lines)
    {
        var rows = new List<CalibrationRow>();
        foreach (var line in lines)
        {
            if (line == Header)
            {
                continue;
            }

            var c = line.Split('\t');
            if (c.Length != 8 || c[0] is not ("evidence" or "rule"))
            {
                throw new FormatException($"calibration row \"{line}\": expected {Header.Replace('\t', ' ')}");
            }

            rows.Add(new CalibrationRow(c[0], c[1], c[2], c[3], Int(c[4]), Int(c[5]), Int(c[6]), Int(c[7])));
        }

        return new Calibration(rows);
    }

    /// <summary>The table as TSV, with <paramref name="comment"/> lines (how it was made) on top.</summary>
    public string ToTsv(IEnumerable<string> comment)
    {
        var lines = comment.Select(c => "# " + c).Append(Header)
            .Concat(Rows.OrderBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Key, StringComparer.Ordinal)
                .ThenBy(r => r.Set, StringComparer.Ordinal).ThenBy(r => r.Half, StringComparer.Ordinal)
                .Select(r => string.Join('\t', r.Kind, r.Key, r.Set, r.Half, Str(r.Lines), Str(r.Bad), Str(r.Flagged), Str(r.Hits))));
        return string.Join('\n', lines) + "\n";
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Str(int i) => i.ToString(CultureInfo.InvariantCulture);
}

using System.Text;

namespace TranslationQA.Reporting.Ci;

/// <summary>A markdown builder that keeps its UTF-8 size under a cap, reserving room for a truncation note.</summary>
internal sealed class CappedMarkdown(int maxBytes)
{
    // Room for the truncation note and the closing line that always follow.
    private const int Reserve = 512;
    private readonly StringBuilder _text = new();
    private int _bytes;

    /// <summary>Appends a line if it fits in the cap less the reserve; returns false when it did not.</summary>
    public bool Line(string line = "")
    {
        var size = Encoding.UTF8.GetByteCount(line) + 1;
        if (_bytes + size > maxBytes)
        {
            return false;
        }

        _text.Append(line).Append('\n');
        _bytes += size;
        return true;
    }

    /// <summary>Appends table rows while they fit; if some do not, ends the table with a note of how many were cut.</summary>
    public void Rows(IEnumerable<string> rows, int total, string noun)
    {
        var written = 0;
        foreach (var row in rows)
        {
            var size = Encoding.UTF8.GetByteCount(row) + 1;
            if (_bytes + size > maxBytes - Reserve)
            {
                Line();
                Line($"_Truncated to fit the job summary: {total - written} more {noun} not shown. See the full report._");
                return;
            }

            Line(row);
            written++;
        }
    }

    /// <inheritdoc />
    public override string ToString() => _text.ToString();
}

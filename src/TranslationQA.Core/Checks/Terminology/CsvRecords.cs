using System.Text;

namespace TranslationQA.Core.Checks.Terminology;

/// <summary>
/// Reads the records of an RFC 4180 CSV text: comma-separated fields, a field in double quotes may hold commas, line
/// breaks and doubled quotes (""), records end with CRLF or LF. Each record comes with the line it starts on.
/// </summary>
internal static class CsvRecords
{
    /// <summary>The records of <paramref name="text"/>; blank lines are skipped.</summary>
    /// <exception cref="GlossaryFormatException">A quote is left open or stray text follows a closing quote.</exception>
    public static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Read(string text, string file)
    {
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var start = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            var ended = false;
            while (!ended)
            {
                if (i < text.Length && text[i] == '"')
                {
                    var (quoteLine, quoteColumn) = (line, Column(text, i));
                    i++;
                    while (true)
                    {
                        if (i >= text.Length)
                        {
                            throw new GlossaryFormatException(file, quoteLine, quoteColumn, "a quoted field is never closed (a \" is missing).");
                        }

                        var c = text[i++];
                        if (c == '"')
                        {
                            if (i < text.Length && text[i] == '"')
                            {
                                field.Append('"');
                                i++;
                                continue;
                            }

                            break;
                        }

                        line += c == '\n' ? 1 : 0;
                        field.Append(c);
                    }

                    if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        throw new GlossaryFormatException(file, line, Column(text, i),
                            "text after the closing quote of a field; write a quote inside a quoted field as \"\".");
                    }
                }
                else
                {
                    while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        field.Append(text[i++]);
                    }
                }

                fields.Add(field.ToString());
                field.Clear();
                if (i < text.Length && text[i] == ',')
                {
                    i++;
                    continue;
                }

                ended = true;
                i += i < text.Length && text[i] == '\r' ? 1 : 0;
                if (i < text.Length && text[i] == '\n')
                {
                    i++;
                    line++;
                }
            }

            if (fields.Count > 1 || fields[0].Trim().Length > 0)
            {
                yield return (start, fields);
            }
        }
    }

    private static int Column(string text, int index) => index - (index == 0 ? -1 : text.LastIndexOf('\n', index - 1));
}

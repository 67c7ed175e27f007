using System.Text;
using System.Xml;

namespace TranslationQA.Core.Ingestion.Xliff;

/// <summary>
/// Reads the content of a <c>&lt;source&gt;</c> or <c>&lt;target&gt;</c>: the text a translator reads, with inline
/// codes left out. Codes that wrap text (1.2 <c>g</c>, <c>mrk</c>; 2.x <c>pc</c>, <c>mrk</c>) keep their text; codes
/// that stand for markup of the original (1.2 <c>x</c>, <c>bx</c>, <c>ex</c>, <c>bpt</c>, <c>ept</c>, <c>ph</c>,
/// <c>it</c>; 2.x <c>sc</c>, <c>ec</c>, <c>ph</c>, <c>sm</c>, <c>em</c>, <c>cp</c>) are dropped with their native data.
/// Beside the checked text it keeps a tagged copy for display, each code as a marker a translator finds in a CAT tool:
/// <c>{1}</c> where a code opens, <c>{/1}</c> where it closes, <c>{1/}</c> for a standalone one (its <c>id</c>, else
/// its <c>rid</c> or <c>startRef</c>).
/// </summary>
internal static class XliffInline
{
    private static readonly HashSet<string> Wrapping = new(["g", "mrk", "pc"], StringComparer.Ordinal);

    private static readonly HashSet<string> Opening = new(["bpt", "bx", "sc", "sm"], StringComparer.Ordinal);

    private static readonly HashSet<string> Closing = new(["ept", "ex", "ec", "em"], StringComparer.Ordinal);

    /// <summary>
    /// The text of the element the reader stands on; the reader is left after its end tag. A unit is one line of the
    /// article, so a line break becomes a space; outside <c>xml:space="preserve"</c> a line break with the indentation
    /// around it is layout and becomes one space, and the text is trimmed. Other spaces stay: a doubled space is a
    /// typing error the checks report.
    /// </summary>
    public static InlineText Read(XmlReader reader, string xliffNamespace)
    {
        var preserve = reader.XmlSpace == XmlSpace.Preserve;
        var text = new StringBuilder();
        var tagged = new StringBuilder();
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return new InlineText("", "");
        }

        var depth = reader.Depth;
        var open = new Stack<(int Depth, string Marker)>();
        reader.Read();
        while (reader.Depth > depth)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    // A preserved line break is kept as a space here; an unpreserved one is collapsed below.
                    var value = reader.XmlSpace == XmlSpace.Preserve ? reader.Value.Replace('\n', ' ') : reader.Value;
                    text.Append(value);
                    tagged.Append(value);
                    reader.Read();
                    break;
                case XmlNodeType.Element when reader.NamespaceURI == xliffNamespace && Wrapping.Contains(reader.LocalName):
                    var id = CodeId(reader);
                    if (reader.IsEmptyElement)
                    {
                        tagged.Append('{').Append(id).Append("/}");
                        reader.Read();
                        break;
                    }

                    tagged.Append('{').Append(id).Append('}');
                    open.Push((reader.Depth, id));
                    reader.Read(); // into the wrapper: its text is part of the sentence
                    break;
                case XmlNodeType.Element:
                    if (reader.NamespaceURI == xliffNamespace)
                    {
                        var code = CodeId(reader);
                        tagged.Append(Opening.Contains(reader.LocalName) ? $"{{{code}}}" : Closing.Contains(reader.LocalName) ? $"{{/{code}}}" : $"{{{code}/}}");
                    }

                    reader.Skip(); // a code and its native data (or an element of another vocabulary)
                    break;
                case XmlNodeType.EndElement when open.Count > 0 && open.Peek().Depth == reader.Depth:
                    tagged.Append("{/").Append(open.Pop().Marker).Append('}');
                    reader.Read();
                    break;
                default:
                    reader.Read(); // comments, processing instructions
                    break;
            }
        }

        reader.Read(); // past the end tag
        return preserve ? new InlineText(text.ToString(), tagged.ToString()) : new InlineText(Collapse(text.ToString()), Collapse(tagged.ToString()));
    }

    private static string CodeId(XmlReader reader) =>
        reader.GetAttribute("id") ?? reader.GetAttribute("rid") ?? reader.GetAttribute("startRef") ?? reader.LocalName;

    private static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var end = i;
            while (end < text.Length && IsXmlSpace(text[end]))
            {
                end++;
            }

            if (end == i)
            {
                result.Append(text[i++]);
                continue;
            }

            var run = text.AsSpan(i, end - i);
            result.Append(run.Contains('\n') ? " " : run);
            i = end;
        }

        return result.ToString().Trim(' ', '\t', '\n');
    }

    // XML's own white space: U+00A0 and other Unicode spaces are text.
    private static bool IsXmlSpace(char c) => c is ' ' or '\t' or '\n' or '\r';
}

/// <summary>The text of a source or target: as checked (codes left out) and tagged for display (codes as markers).</summary>
/// <param name="Text">The checked text.</param>
/// <param name="Tagged">The same text with each inline code as a <c>{1}</c>, <c>{/1}</c> or <c>{1/}</c> marker.</param>
internal sealed record InlineText(string Text, string Tagged);

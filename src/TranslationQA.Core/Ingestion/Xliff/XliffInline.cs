using System.Text;
using System.Xml;

namespace TranslationQA.Core.Ingestion.Xliff;

/// <summary>
/// Reads the content of a <c>&lt;source&gt;</c> or <c>&lt;target&gt;</c>: the text a translator reads, with inline
/// codes left out. Codes that wrap text (1.2 <c>g</c>, <c>mrk</c>; 2.x <c>pc</c>, <c>mrk</c>) keep their text; codes
/// that stand for markup of the original (1.2 <c>x</c>, <c>bx</c>, <c>ex</c>, <c>bpt</c>, <c>ept</c>, <c>ph</c>,
/// <c>it</c>; 2.x <c>sc</c>, <c>ec</c>, <c>ph</c>, <c>sm</c>, <c>em</c>, <c>cp</c>) are dropped with their native data.
/// </summary>
internal static class XliffInline
{
    private static readonly HashSet<string> Wrapping = new(["g", "mrk", "pc"], StringComparer.Ordinal);

    /// <summary>
    /// The text of the element the reader stands on; the reader is left after its end tag. A unit is one line of the
    /// article, so a line break becomes a space; outside <c>xml:space="preserve"</c> a line break with the indentation
    /// around it is layout and becomes one space, and the text is trimmed. Other spaces stay: a doubled space is a
    /// typing error the checks report.
    /// </summary>
    public static string Read(XmlReader reader, string xliffNamespace)
    {
        var preserve = reader.XmlSpace == XmlSpace.Preserve;
        var text = new StringBuilder();
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }

        var depth = reader.Depth;
        reader.Read();
        while (reader.Depth > depth)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    // A preserved line break is kept as a space here; an unpreserved one is collapsed below.
                    text.Append(reader.XmlSpace == XmlSpace.Preserve ? reader.Value.Replace('\n', ' ') : reader.Value);
                    reader.Read();
                    break;
                case XmlNodeType.Element when reader.NamespaceURI == xliffNamespace && Wrapping.Contains(reader.LocalName):
                    reader.Read(); // into the wrapper: its text is part of the sentence
                    break;
                case XmlNodeType.Element:
                    reader.Skip(); // a code and its native data (or an element of another vocabulary)
                    break;
                default:
                    reader.Read(); // end tags of wrappers, comments
                    break;
            }
        }

        reader.Read(); // past the end tag
        return preserve ? text.ToString() : Collapse(text.ToString());
    }

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

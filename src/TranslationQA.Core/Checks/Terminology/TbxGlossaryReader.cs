using System.Xml;
using System.Xml.Linq;

namespace TranslationQA.Core.Checks.Terminology;

/// <summary>
/// Reads a TBX term base, TBX-Basic (<c>martif</c>, <c>termEntry</c>, <c>langSet</c>, <c>tig</c> or <c>ntig</c>) or
/// TBX v3 (<c>tbx</c>, <c>conceptEntry</c>, <c>langSec</c>, <c>termSec</c>), in DCA style
/// (<c>termNote type="administrativeStatus"</c>) or DCT style (an <c>administrativeStatus</c> element). Deprecated and
/// superseded German terms are forbidden; every other German term is approved. Entries are read one at a time, so a
/// large term base never stands in memory as a tree.
/// </summary>
internal static class TbxGlossaryReader
{
    /// <summary>The entries of the TBX document <paramref name="reader"/> reads from <paramref name="file"/>.</summary>
    /// <exception cref="GlossaryFormatException">Not TBX, malformed XML, or an entry the checks cannot use.</exception>
    public static IReadOnlyList<GlossaryEntry> Read(XmlReader reader, string file)
    {
        var entries = new List<GlossaryEntry>();
        var info = (IXmlLineInfo)reader;
        try
        {
            reader.MoveToContent();
            if (reader.LocalName is not ("martif" or "tbx"))
            {
                throw new GlossaryFormatException(file, info.LineNumber, info.LinePosition,
                    $"the root element is <{reader.Name}>, not <tbx> (TBX v3) or <martif> (TBX-Basic).");
            }

            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "termEntry" or "conceptEntry")
                {
                    var line = info.LineNumber;
                    XElement element;
                    using (var subtree = reader.ReadSubtree())
                    {
                        element = XElement.Load(subtree, LoadOptions.SetLineInfo);
                    }

                    if (Entry(element, file, line) is { } entry)
                    {
                        entries.Add(entry);
                    }
                }
            }
        }
        catch (XmlException e)
        {
            throw new GlossaryFormatException(file, e.LineNumber, e.LinePosition, Reason(e), e);
        }

        return entries;
    }

    private static GlossaryEntry? Entry(XElement entry, string file, int line)
    {
        var source = new List<LanguageTerm>();
        var approved = new List<string>();
        var forbidden = new List<string>();
        foreach (var section in entry.Elements().Where(e => e.Name.LocalName is "langSet" or "langSec"))
        {
            var lang = (string?)section.Attribute(XNamespace.Xml + "lang");
            if (string.IsNullOrWhiteSpace(lang))
            {
                throw Problem(file, section, line, $"<{section.Name.LocalName}> has no xml:lang.");
            }

            var primary = lang.Split('-', '_')[0].ToLowerInvariant();
            foreach (var group in section.Descendants().Where(e => e.Name.LocalName is "tig" or "ntig" or "termSec"))
            {
                var term = group.Descendants().FirstOrDefault(e => e.Name.LocalName == "term")?.Value.Trim();
                if (string.IsNullOrEmpty(term))
                {
                    throw Problem(file, group, line, $"<{group.Name.LocalName}> has no term.");
                }

                if (primary != "de")
                {
                    source.Add(new LanguageTerm(term, primary));
                }
                else if (IsForbidden(Property(group, "administrativeStatus") ?? Property(group, "normativeAuthorization"), group, file, line))
                {
                    forbidden.Add(term);
                }
                else
                {
                    approved.Add(term);
                }
            }
        }

        if (approved.Count == 0 && forbidden.Count == 0)
        {
            return null;
        }

        var notes = entry.Descendants().Where(e => e.Name.LocalName == "note").Select(e => e.Value.Trim()).Where(n => n.Length > 0).ToList();
        var id = (string?)entry.Attribute("id");
        return new GlossaryEntry(
            $"{Path.GetFileName(file)} line {line}" + (id is null ? "" : $" (entry {id})"),
            source,
            approved,
            forbidden,
            notes.Count == 0 ? null : string.Join("; ", notes),
            Property(entry, "caseSensitive") is { } flag && Flag(flag, entry, file, line),
            GlossarySeverity.Parse(Property(entry, "severity") ?? "", file, LineOf(entry, line), 0));
    }

    /// <summary>A data category in DCA style (<c>&lt;termNote type="x"&gt;</c>, <c>descrip</c>, <c>admin</c>) or DCT style (<c>&lt;x&gt;</c>).</summary>
    private static string? Property(XElement scope, string category) => scope.Descendants()
        .FirstOrDefault(e => e.Name.LocalName == category
            || (e.Name.LocalName is "termNote" or "descrip" or "admin" && (string?)e.Attribute("type") == category))?.Value.Trim();

    private static bool IsForbidden(string? status, XElement group, string file, int line)
    {
        // ISO 12620 values end in "-admn-sts"; TBX-Basic and TBX v3 use the same picklist.
        var value = status?.ToLowerInvariant().Replace("-admn-sts", "", StringComparison.Ordinal);
        return value switch
        {
            null or "" or "preferredterm" or "admittedterm" or "legalterm" or "regulatedterm" or "standardizedterm" => false,
            "deprecatedterm" or "supersededterm" => true,
            _ => throw Problem(file, group, line,
                $"administrativeStatus '{status}' is unknown; use preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts or supersededTerm-admn-sts."),
        };
    }

    private static bool Flag(string value, XElement entry, string file, int line) => value.ToLowerInvariant() switch
    {
        "true" or "yes" or "1" => true,
        "false" or "no" or "0" => false,
        _ => throw Problem(file, entry, line, $"caseSensitive is '{value}'; write true or false."),
    };

    private static GlossaryFormatException Problem(string file, XElement element, int entryLine, string problem) =>
        new(file, LineOf(element, entryLine), ((IXmlLineInfo)element).LinePosition, problem);

    private static int LineOf(XElement element, int entryLine) =>
        element is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : entryLine;

    // XmlException messages end with the position, which the exception names already.
    private static string Reason(XmlException e)
    {
        var message = e.Message;
        var at = message.IndexOf(" Line ", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }
}

using System.Xml;

namespace TranslationQA.Core.Ingestion.Xliff;

/// <summary>
/// Reads the files and units of an XLIFF 1.2 or 2.x document in one pass of an <see cref="XmlReader"/>. Elements of
/// other vocabularies (a tool's own extensions), notes, skeletons, 1.2 <c>alt-trans</c> proposals and 2.x
/// <c>originalData</c> are skipped; a unit marked <c>translate="no"</c>, or inside a group or file so marked, is left
/// out.
/// </summary>
internal sealed class XliffParser
{
    /// <summary>The XLIFF 1.2 namespace.</summary>
    public const string Namespace12 = "urn:oasis:names:tc:xliff:document:1.2";

    /// <summary>The XLIFF 2.0 core namespace, which 2.1 and 2.2 keep.</summary>
    public const string Namespace20 = "urn:oasis:names:tc:xliff:document:2.0";

    private readonly XmlReader _reader;
    private readonly string _ns;
    private readonly bool _v2;
    private string? _sourceLang;
    private string? _targetLang;

    private XliffParser(XmlReader reader, string ns, bool v2)
    {
        _reader = reader;
        _ns = ns;
        _v2 = v2;
    }

    /// <summary>The document's files.</summary>
    /// <exception cref="XmlException">The document is not well-formed XML.</exception>
    /// <exception cref="FormatException">It is XML but not XLIFF 1.2 or 2.x (the message says why).</exception>
    public static IReadOnlyList<XliffFile> Parse(XmlReader reader)
    {
        reader.MoveToContent();
        var version = reader.GetAttribute("version");
        if (reader.LocalName != "xliff")
        {
            throw new FormatException($"the root element is <{reader.Name}>, not <xliff>");
        }

        // 1.2 files without the namespace exist (older tools); 2.x requires it.
        var parser = (version, reader.NamespaceURI) switch
        {
            ("1.2", Namespace12 or "") => new XliffParser(reader, reader.NamespaceURI, v2: false),
            ("2.0" or "2.1" or "2.2", Namespace20) => new XliffParser(reader, Namespace20, v2: true),
            _ => throw new FormatException(
                $"XLIFF version '{version}' in namespace '{reader.NamespaceURI}' is not supported; expected XLIFF 1.2 or 2.0-2.2"),
        };
        if (parser._v2)
        {
            parser._sourceLang = reader.GetAttribute("srcLang");
            parser._targetLang = reader.GetAttribute("trgLang");
        }

        var files = new List<XliffFile>();
        parser.Children(name =>
        {
            if (name == "file")
            {
                files.Add(parser.File());
                return true;
            }

            return false;
        });
        return files;
    }

    private XliffFile File()
    {
        var id = _reader.GetAttribute(_v2 ? "id" : "original");
        var sourceLang = _v2 ? _sourceLang : _reader.GetAttribute("source-language");
        var targetLang = _v2 ? _targetLang : _reader.GetAttribute("target-language");
        var units = new List<XliffUnit>();
        Container(Translatable(inherited: true), units);
        return new XliffFile(id, sourceLang, targetLang, units);
    }

    /// <summary>Reads a file, body or group: its units and the groups inside it.</summary>
    private void Container(bool translate, List<XliffUnit> units) =>
        Children(name =>
        {
            switch (name)
            {
                case "body" or "group":
                    Container(Translatable(translate), units);
                    return true;
                case "trans-unit" when !_v2:
                case "unit" when _v2:
                    var unit = Translatable(translate) ? Unit() : null;
                    if (unit is null)
                    {
                        _reader.Skip();
                    }
                    else if (unit.Parts.Any(p => p.Source.Length > 0 || !string.IsNullOrEmpty(p.Target?.Text)))
                    {
                        units.Add(unit);
                    }

                    return true;
                default:
                    return false;
            }
        });

    private XliffUnit Unit()
    {
        var id = _reader.GetAttribute("id") ?? "";
        var parts = new List<XliffPart>();
        if (_v2)
        {
            Children(name =>
            {
                if (name is not ("segment" or "ignorable"))
                {
                    return false;
                }

                var segmentId = name == "segment" ? _reader.GetAttribute("id") : null;
                var (source, target) = SourceAndTarget();
                parts.Add(new XliffPart(segmentId, source, target, name == "segment"));
                return true;
            });
        }
        else
        {
            var (source, target) = SourceAndTarget();
            parts.Add(new XliffPart(null, source, target, IsSegment: true));
        }

        return new XliffUnit(id, parts);
    }

    /// <summary>The source and target of the element the reader stands on (1.2 trans-unit, 2.x segment or ignorable).</summary>
    private (string Source, InlineText? Target) SourceAndTarget()
    {
        var source = "";
        InlineText? target = null;
        Children(name =>
        {
            switch (name)
            {
                case "source":
                    source = XliffInline.Read(_reader, _ns).Text;
                    return true;
                case "target":
                    target = XliffInline.Read(_reader, _ns);
                    return true;
                default:
                    return false; // seg-source, alt-trans, note, context-group ...
            }
        });
        return (source, target);
    }

    private bool Translatable(bool inherited) => _reader.GetAttribute("translate") switch
    {
        "no" => false,
        "yes" => true,
        _ => inherited,
    };

    /// <summary>
    /// Visits the child elements of the element the reader stands on. <paramref name="visit"/> gets the local name of an
    /// XLIFF element and consumes it (returning true), or returns false to have it skipped; elements of other
    /// namespaces are skipped. The reader is left after the end tag.
    /// </summary>
    private void Children(Func<string, bool> visit)
    {
        if (_reader.IsEmptyElement)
        {
            _reader.Read();
            return;
        }

        var depth = _reader.Depth;
        _reader.Read();
        while (_reader.Depth > depth)
        {
            if (_reader.NodeType != XmlNodeType.Element)
            {
                _reader.Read();
            }
            else if (_reader.NamespaceURI != _ns || !visit(_reader.LocalName))
            {
                _reader.Skip();
            }
        }

        _reader.Read();
    }
}

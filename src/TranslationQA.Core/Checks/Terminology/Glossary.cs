using System.Globalization;
using System.Text;
using System.Xml;

namespace TranslationQA.Core.Checks.Terminology;

/// <summary>A user's term base (<c>check --glossary</c>): TBX or CSV, read whole before any article is checked.</summary>
public sealed class Glossary
{
    /// <summary>
    /// Largest term base read (bytes). A newsroom term base of 100,000 entries is about 30 MB as TBX; a larger file is
    /// more likely a mistake than a term base, and is refused before it is read.
    /// </summary>
    public const long MaxBytes = 64_000_000;

    private Glossary(IReadOnlyList<GlossaryEntry> entries)
    {
        Entries = entries;
        Compiled = [.. entries.Select(e => new CompiledEntry(e))];
    }

    /// <summary>No entries: the terminology checks find nothing.</summary>
    public static Glossary Empty { get; } = new([]);

    /// <summary>The entries in file order.</summary>
    public IReadOnlyList<GlossaryEntry> Entries { get; }

    internal IReadOnlyList<CompiledEntry> Compiled { get; }

    /// <summary>A glossary of <paramref name="entries"/> (for tests and callers that build one).</summary>
    public static Glossary Of(IReadOnlyList<GlossaryEntry> entries) => new(entries);

    /// <summary>
    /// Reads <paramref name="path"/>: TBX when it ends in .tbx or .xml or starts with <c>&lt;</c>, CSV otherwise. XML is
    /// read without a DTD (a DOCTYPE line, as older TBX-Basic files carry, is skipped unread; an entity it would
    /// declare is then an error) and never resolves anything outside the file.
    /// </summary>
    /// <exception cref="GlossaryFormatException">The file is too large or malformed; the message names file and position.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Glossary Load(string path)
    {
        var size = new FileInfo(path).Length;
        if (size > MaxBytes)
        {
            throw new GlossaryFormatException(path, string.Create(CultureInfo.InvariantCulture, $"the file has {size:N0} bytes, more than the {MaxBytes:N0} a term base may have."));
        }

        var bytes = File.ReadAllBytes(path);
        // A UTF-16 byte-order mark: XML that some TBX exporters write; the XML reader decodes it.
        var utf16 = bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];
        var xml = utf16 || path.EndsWith(".tbx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);
        if (!xml)
        {
            var text = Decode(bytes, path).TrimStart('\uFEFF');
            if (!text.TrimStart().StartsWith('<'))
            {
                return new Glossary(CsvGlossaryReader.Read(text, path));
            }
        }

        var settings = new XmlReaderSettings
        {
            // Ignore, not Prohibit: TBX-Basic files from older tools begin with <!DOCTYPE martif SYSTEM "...dtd">. The
            // DTD is skipped unread, so no entity is ever declared or expanded and no file or URL is opened.
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersInDocument = MaxBytes,
            IgnoreComments = true,
        };
        using var stream = new MemoryStream(bytes, writable: false);
        using var reader = XmlReader.Create(stream, settings);
        return new Glossary(TbxGlossaryReader.Read(reader, path));
    }

    private static string Decode(byte[] bytes, string path)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new GlossaryFormatException(path, "not UTF-8 text; save the term base as UTF-8.", e);
        }
    }
}

/// <summary>An entry with its terms compiled for matching.</summary>
internal sealed class CompiledEntry(GlossaryEntry entry)
{
    private readonly (TermPattern Pattern, string? Lang)[] _source =
        [.. entry.Source.Select(s => (new TermPattern(s.Text, entry.CaseSensitive), s.Lang))];

    /// <summary>The entry.</summary>
    public GlossaryEntry Entry { get; } = entry;

    /// <summary>Approved German terms.</summary>
    public IReadOnlyList<TermPattern> Approved { get; } = [.. entry.Approved.Select(t => new TermPattern(t, entry.CaseSensitive))];

    /// <summary>Forbidden German terms.</summary>
    public IReadOnlyList<TermPattern> Forbidden { get; } = [.. entry.Forbidden.Select(t => new TermPattern(t, entry.CaseSensitive))];

    /// <summary>The source terms that apply to an article in <paramref name="lang"/> (a CSV term applies to every language).</summary>
    public IEnumerable<TermPattern> SourceFor(string lang) => _source.Where(s => s.Lang is null || s.Lang == lang).Select(s => s.Pattern);
}

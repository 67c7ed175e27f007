using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace TranslationQA.Translation.Offline;

/// <summary>One FreeDict (WikDict) entry: headword and its translations in sense order.</summary>
internal sealed record FreeDictEntry(string Headword, IReadOnlyList<string> Translations);

/// <summary>
/// Reads a dictd database: the .index holds "headword TAB offset TAB length" in dictd's base64,
/// the .dict.dz is dictzip, which is plain gzip to a reader that inflates it whole.
/// </summary>
internal static partial class FreeDictReader
{
    private const string Base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /// <summary>Every entry of the database at <paramref name="basePath"/> (.index and .dict.dz).</summary>
    public static IEnumerable<FreeDictEntry> ReadAll(string basePath)
    {
        byte[] data;
        using (var file = File.OpenRead(basePath + ".dict.dz"))
        using (var gzip = new GZipStream(file, CompressionMode.Decompress))
        using (var buffer = new MemoryStream())
        {
            gzip.CopyTo(buffer);
            data = buffer.ToArray();
        }

        var seen = new HashSet<long>();
        foreach (var line in File.ReadLines(basePath + ".index"))
        {
            var fields = line.Split('\t');
            if (fields.Length < 3 || fields[0].StartsWith("00database", StringComparison.Ordinal))
            {
                continue;
            }

            var offset = DecodeNumber(fields[1]);
            var length = DecodeNumber(fields[2]);
            if (offset < 0 || length <= 0 || offset + length > data.Length || !seen.Add(offset))
            {
                continue;
            }

            var entry = ParseEntry(Encoding.UTF8.GetString(data, (int)offset, (int)length));
            if (entry is not null)
            {
                yield return entry;
            }
        }
    }

    /// <summary>Decodes a dictd base64 number (most significant digit first).</summary>
    public static long DecodeNumber(string digits)
    {
        long value = 0;
        foreach (var c in digits)
        {
            var d = Base64.IndexOf(c, StringComparison.Ordinal);
            if (d < 0)
            {
                return -1;
            }

            value = (value * 64) + d;
        }

        return value;
    }

    /// <summary>Parses "headword /ipa/ &lt;pos&gt;" then translation lines ("1. a, b 2.") each followed by a definition.</summary>
    public static FreeDictEntry? ParseEntry(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length < 2)
        {
            return null;
        }

        var header = lines[0];
        var cut = header.IndexOfAny(['/', '<']);
        var headword = (cut > 0 ? header[..cut] : header).Trim();
        var translations = new List<string>();
        for (var i = 1; i < lines.Length; i++)
        {
            // The first line after the header is always a translation line; later ones start with a sense number.
            if (i != 1 && !SenseStart().IsMatch(lines[i]))
            {
                continue;
            }

            var body = TrailingSenses().Replace(SenseStart().Replace(lines[i], string.Empty), string.Empty);
            translations.AddRange(body.Split(", ").Select(t => t.Trim()).Where(t => t.Length > 0));
        }

        return headword.Length == 0 || translations.Count == 0 ? null : new FreeDictEntry(headword, translations);
    }

    [GeneratedRegex(@"^\d+\.\s")]
    private static partial Regex SenseStart();

    [GeneratedRegex(@"(\s+\d+\.)+\s*$")]
    private static partial Regex TrailingSenses();
}

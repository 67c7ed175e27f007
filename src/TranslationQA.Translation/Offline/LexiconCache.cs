using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace TranslationQA.Translation.Offline;

/// <summary>
/// Binary cache of <see cref="LexiconData"/>, valid while every source file keeps its size and modification time. The
/// maps are stored as <see cref="PackedMap"/> hash tables, so a run reads the file and looks words up in its bytes:
/// nothing is built at start-up. Each map stores its value strings once and refers to them by number.
/// </summary>
internal static class LexiconCache
{
    /// <summary>Bump when the parsing, the ranking or this layout changes, so old caches are rebuilt.</summary>
    public const int FormatVersion = 11;
    private const string Magic = "TQA-LEXICON";

    /// <summary>The cache file inside <paramref name="directory"/>, one per format version.</summary>
    /// <remarks>
    /// Builds of two versions (an installed tool and a working copy, two branches) share the cache folder; one file
    /// each keeps them from rebuilding over each other on every run.
    /// </remarks>
    public static string FilePath(string directory) => Path.Combine(directory, $"offline-lexicon.v{FormatVersion}.bin");

    /// <summary>Size and modification time of each source file, in a stable order.</summary>
    public static IReadOnlyList<(string Path, long Size, long Ticks)> Stamps(IEnumerable<string> files) =>
        files.Where(File.Exists)
            .Select(f => new FileInfo(f))
            .Select(i => (i.FullName, i.Length, i.LastWriteTimeUtc.Ticks))
            .ToList();

    /// <summary>Maps the cache when it exists, is whole and matches <paramref name="stamps"/>; otherwise null.</summary>
    public static LexiconData? TryRead(string path, IReadOnlyList<(string Path, long Size, long Ticks)> stamps)
    {
        MappedFile? file = null;
        try
        {
            file = File.Exists(path) ? MappedFile.Open(path) : null;
            if (file is not null && Unpack(file.Memory, stamps) is { } data)
            {
                return data;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unreadable cache is rebuilt, like a stale one.
        }

        // Not used: unmapped now rather than when the process ends.
        ((IDisposable?)file)?.Dispose();
        return null;
    }

    /// <summary>The maps of a cache file's bytes, or null when the bytes are not a whole cache for <paramref name="stamps"/>.</summary>
    public static LexiconData? Unpack(ReadOnlyMemory<byte> memory, IReadOnlyList<(string Path, long Size, long Ticks)> stamps)
    {
        var bytes = memory.Span;
        try
        {
            var at = 0;
            if (String(bytes, ref at) != Magic || Int(bytes, ref at) != FormatVersion || !StampsMatch(bytes, ref at, stamps))
            {
                return null;
            }

            var length = Int(bytes, ref at);
            var checksum = BinaryPrimitives.ReadUInt64LittleEndian(bytes[at..]);
            var payload = at + 8;
            if (length != bytes.Length - payload || Checksum(bytes[payload..]) != checksum)
            {
                // A truncated or foreign file is not an error: the caller rebuilds it.
                return null;
            }

            at = payload;
            var maps = new PackedMap[7];
            for (var m = 0; m < maps.Length; m++)
            {
                var count = Int(bytes, ref at);
                var offsets = at;
                at += 4 * (count + 1);
                var blobLength = Int(bytes, ref at);
                var strings = new PackedStrings(memory, count, offsets, at);
                at += blobLength;
                var entries = Int(bytes, ref at);
                var tableSize = Int(bytes, ref at);
                var table = at;
                var entryOffsets = table + (4 * tableSize);
                at = entryOffsets + (4 * entries);
                var entriesLength = Int(bytes, ref at);
                maps[m] = new PackedMap(memory, strings, entries, table, tableSize, entryOffsets, origin: at);
                at += entriesLength;
                if (at > bytes.Length)
                {
                    return null;
                }
            }

            return new LexiconData(maps[0], maps[1], maps[2], maps[3], maps[4], maps[5], maps[6]);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The bytes of a cache file holding <paramref name="data"/>.</summary>
    public static byte[] Pack(IReadOnlyList<(string Path, long Size, long Ticks)> stamps, LexiconData data)
    {
        IReadOnlyDictionary<string, string[]>[] maps = [data.English, data.French, data.Reverse, data.Lemmas, data.Particles, data.Phrases, data.VerbPhrases];
        // Each map is a section of its own, with its own value strings, so the maps are packed on every core at once.
        var sections = maps.AsParallel().AsOrdered().Select(PackMap).ToList();
        var payloadLength = sections.Sum(m => m.WrittenCount);

        var header = new MemoryStream();
        using (var writer = new BinaryWriter(header, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(stamps.Count);
            foreach (var (path, size, ticks) in stamps)
            {
                writer.Write(path);
                writer.Write(size);
                writer.Write(ticks);
            }

            writer.Write(payloadLength);
        }

        var bytes = new byte[header.Length + 8 + payloadLength];
        header.GetBuffer().AsSpan(0, (int)header.Length).CopyTo(bytes);
        var payload = (int)header.Length + 8;
        var at = payload;
        foreach (var section in sections)
        {
            section.WrittenSpan.CopyTo(bytes.AsSpan(at));
            at += section.WrittenCount;
        }

        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(payload - 8), Checksum(bytes.AsSpan(payload)));
        return bytes;
    }

    /// <summary>Writes <paramref name="bytes"/> as the cache file, atomically (temp file, then rename) so concurrent runs never read half a file.</summary>
    public static void Write(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// A map: its value strings, each once (their count, their UTF-8 offsets, one more than the count, and the UTF-8
    /// itself); its entry count, its slot table (linear probing, at most three quarters full, entry numbers + 1), each
    /// entry's offset from the start of the entries, their length, and the entries (UTF-8 key, value string numbers).
    /// </summary>
    private static ArrayBufferWriter<byte> PackMap(IReadOnlyDictionary<string, string[]> map)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var blob = new ArrayBufferWriter<byte>(Math.Max(256, map.Count * 16));
        var stringOffsets = new List<int> { 0 };
        var tableSize = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, (map.Count * 4 / 3) + 1));
        var slots = new int[tableSize];
        var offsets = new int[map.Count];
        var entries = new ArrayBufferWriter<byte>(Math.Max(256, map.Count * 16));
        var e = 0;
        foreach (var (key, values) in map)
        {
            offsets[e] = entries.WrittenCount;
            Write7Bit(entries, Encoding.UTF8.GetByteCount(key));
            var keyBytes = Utf8(entries, key);
            var slot = (int)(PackedMap.Hash(entries.WrittenSpan[^keyBytes..]) & (uint)(tableSize - 1));
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & (tableSize - 1);
            }

            slots[slot] = ++e;
            Write7Bit(entries, values.Length);
            foreach (var value in values)
            {
                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, value, out var known);
                if (!known)
                {
                    id = stringOffsets.Count - 1;
                    Utf8(blob, value);
                    stringOffsets.Add(blob.WrittenCount);
                }

                Write7Bit(entries, id);
            }
        }

        var section = new ArrayBufferWriter<byte>(20 + (4 * (stringOffsets.Count + tableSize + offsets.Length)) + blob.WrittenCount + entries.WrittenCount);
        Int(section, stringOffsets.Count - 1);
        Ints(section, CollectionsMarshal.AsSpan(stringOffsets));
        Int(section, blob.WrittenCount);
        section.Write(blob.WrittenSpan);
        Int(section, map.Count);
        Int(section, tableSize);
        Ints(section, slots);
        Ints(section, offsets);
        Int(section, entries.WrittenCount);
        section.Write(entries.WrittenSpan);
        return section;
    }

    /// <summary>Appends the UTF-8 of <paramref name="text"/>; returns its length in bytes.</summary>
    private static int Utf8(ArrayBufferWriter<byte> writer, string text)
    {
        var written = Encoding.UTF8.GetBytes(text, writer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length)));
        writer.Advance(written);
        return written;
    }

    private static void Write7Bit(ArrayBufferWriter<byte> writer, int value)
    {
        var span = writer.GetSpan(5);
        var n = 0;
        var rest = (uint)value;
        for (; rest >= 0x80; rest >>= 7)
        {
            span[n++] = (byte)(rest | 0x80);
        }

        span[n++] = (byte)rest;
        writer.Advance(n);
    }

    private static void Int(ArrayBufferWriter<byte> writer, int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(writer.GetSpan(4), value);
        writer.Advance(4);
    }

    private static void Ints(ArrayBufferWriter<byte> writer, ReadOnlySpan<int> values)
    {
        foreach (var value in values)
        {
            Int(writer, value);
        }
    }

    private static bool StampsMatch(ReadOnlySpan<byte> bytes, ref int at, IReadOnlyList<(string Path, long Size, long Ticks)> stamps)
    {
        if (Int(bytes, ref at) != stamps.Count)
        {
            return false;
        }

        var match = true;
        foreach (var (file, size, ticks) in stamps)
        {
            match &= String(bytes, ref at) == file && Long(bytes, ref at) == size && Long(bytes, ref at) == ticks;
        }

        return match;
    }

    /// <summary>A string as <see cref="BinaryWriter.Write(string)"/> writes it: its UTF-8 length, 7-bit encoded, then its UTF-8.</summary>
    private static string String(ReadOnlySpan<byte> bytes, ref int at)
    {
        var length = PackedStrings.Read7Bit(bytes, ref at);
        var text = Encoding.UTF8.GetString(bytes.Slice(at, length));
        at += length;
        return text;
    }

    private static long Long(ReadOnlySpan<byte> bytes, ref int at)
    {
        var value = BinaryPrimitives.ReadInt64LittleEndian(bytes[at..]);
        at += 8;
        return value;
    }

    private static int Int(ReadOnlySpan<byte> bytes, ref int at)
    {
        var value = BinaryPrimitives.ReadInt32LittleEndian(bytes[at..]);
        at += 4;
        return value >= 0 ? value : throw new FormatException("negative length in the lexicon cache");
    }

    /// <summary>A 64-bit checksum of the payload (eight bytes at a time, multiplied and mixed): a torn or altered file fails it.</summary>
    /// <remarks>Compiled optimised at once: it runs once per process, over every byte of the file.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong Checksum(ReadOnlySpan<byte> bytes)
    {
        var hash = 14695981039346656037UL;
        var words = MemoryMarshal.Cast<byte, ulong>(bytes);
        foreach (var word in words)
        {
            hash = BitOperations.RotateLeft((hash ^ word) * 1099511628211UL, 29);
        }

        foreach (var b in bytes[(words.Length * 8)..])
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash ^ (ulong)bytes.Length;
    }
}

using System.Buffers.Binary;
using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace TranslationQA.Translation.Offline;

/// <summary>
/// A read-only map from a string to strings, kept in the bytes of the lexicon cache as they were read: an
/// open-addressing hash table of entries (key in UTF-8, then the numbers of its values in the map's string table). Loading
/// it is reading the file; a key is encoded and compared as bytes, and each entry's values are made into strings the
/// first time they are asked for and kept, so a run pays only for the words it meets, and the same entry always gives
/// the same array.
/// </summary>
internal sealed class PackedMap : IReadOnlyDictionary<string, string[]>
{
    // Keys up to this many UTF-8 bytes are encoded on the stack; Ding's longest headwords are far shorter.
    private const int StackKey = 512;

    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly PackedStrings _strings;
    private readonly int _table;
    private readonly int _mask;
    private readonly int _entries;
    private readonly int _origin;
    private readonly string[]?[] _values;

    /// <summary>
    /// A map of <paramref name="count"/> entries in <paramref name="bytes"/>: a slot table of <paramref name="tableSize"/>
    /// (a power of two) entry numbers + 1 at <paramref name="table"/>, and at <paramref name="entries"/> each entry's
    /// offset from <paramref name="origin"/>.
    /// </summary>
    public PackedMap(ReadOnlyMemory<byte> bytes, PackedStrings strings, int count, int table, int tableSize, int entries, int origin)
    {
        _origin = origin;
        _bytes = bytes;
        _strings = strings;
        _table = table;
        _mask = tableSize - 1;
        _entries = entries;
        _values = new string[]?[count];
    }

    /// <inheritdoc />
    public int Count => _values.Length;

    /// <inheritdoc />
    public IEnumerable<string> Keys => Enumerable.Range(0, Count).Select(Key);

    /// <inheritdoc />
    public IEnumerable<string[]> Values => Enumerable.Range(0, Count).Select(ValuesOf);

    /// <inheritdoc />
    public string[] this[string key] => TryGetValue(key, out var values) ? values : throw new KeyNotFoundException($"'{key}' is not in the lexicon.");

    /// <summary>The FNV-1a hash of a key's UTF-8 bytes, the same when the cache is written and when it is read.</summary>
    public static uint Hash(ReadOnlySpan<byte> key)
    {
        var hash = 2166136261u;
        foreach (var b in key)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }

    /// <inheritdoc />
    public bool ContainsKey(string key) => Find(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string[] value)
    {
        var entry = Find(key);
        value = entry >= 0 ? ValuesOf(entry) : null;
        return entry >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string[]>> GetEnumerator() =>
        Enumerable.Range(0, Count).Select(e => new KeyValuePair<string, string[]>(Key(e), ValuesOf(e))).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int Find(string key)
    {
        var size = Encoding.UTF8.GetMaxByteCount(key.Length);
        Span<byte> buffer = size <= StackKey ? stackalloc byte[size] : new byte[size];
        var bytes = buffer[..Encoding.UTF8.GetBytes(key, buffer)];
        for (var slot = (int)(Hash(bytes) & (uint)_mask); ; slot = (slot + 1) & _mask)
        {
            var entry = BinaryPrimitives.ReadInt32LittleEndian(_bytes.Span[(_table + (4 * slot))..]) - 1;
            if (entry < 0)
            {
                return -1;
            }

            if (KeyBytes(entry).SequenceEqual(bytes))
            {
                return entry;
            }
        }
    }

    private ReadOnlySpan<byte> KeyBytes(int entry)
    {
        var bytes = _bytes.Span;
        var at = EntryOffset(entry);
        var length = PackedStrings.Read7Bit(bytes, ref at);
        return bytes.Slice(at, length);
    }

    private int EntryOffset(int entry) => _origin + BinaryPrimitives.ReadInt32LittleEndian(_bytes.Span[(_entries + (4 * entry))..]);

    private string Key(int entry) => Encoding.UTF8.GetString(KeyBytes(entry));

    private string[] ValuesOf(int entry)
    {
        if (Volatile.Read(ref _values[entry]) is { } known)
        {
            return known;
        }

        var bytes = _bytes.Span;
        var at = EntryOffset(entry);
        var keyLength = PackedStrings.Read7Bit(bytes, ref at);
        at += keyLength;
        var values = new string[PackedStrings.Read7Bit(bytes, ref at)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = _strings[PackedStrings.Read7Bit(bytes, ref at)];
        }

        // Two threads may decode the same entry at once; the first array stored is the one every caller gets.
        return Interlocked.CompareExchange(ref _values[entry], values, null) ?? values;
    }
}

/// <summary>The value strings of the lexicon cache, stored once each in UTF-8 and made into strings on first use.</summary>
internal sealed class PackedStrings
{
    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly int _offsets;
    private readonly int _blob;
    private readonly string?[] _decoded;

    /// <summary>A table of <paramref name="count"/> strings: count + 1 offsets at <paramref name="offsets"/> into the UTF-8 at <paramref name="blob"/>.</summary>
    public PackedStrings(ReadOnlyMemory<byte> bytes, int count, int offsets, int blob)
    {
        _bytes = bytes;
        _offsets = offsets;
        _blob = blob;
        _decoded = new string?[count];
    }

    /// <summary>String number <paramref name="id"/>.</summary>
    public string this[int id]
    {
        get
        {
            if (Volatile.Read(ref _decoded[id]) is { } known)
            {
                return known;
            }

            var bytes = _bytes.Span;
            var start = BinaryPrimitives.ReadInt32LittleEndian(bytes[(_offsets + (4 * id))..]);
            var end = BinaryPrimitives.ReadInt32LittleEndian(bytes[(_offsets + (4 * (id + 1)))..]);
            var text = Encoding.UTF8.GetString(bytes.Slice(_blob + start, end - start));
            return Interlocked.CompareExchange(ref _decoded[id], text, null) ?? text;
        }
    }

    /// <summary>Reads a 7-bit encoded number (as <see cref="BinaryWriter.Write7BitEncodedInt(int)"/> writes it) at <paramref name="at"/>.</summary>
    public static int Read7Bit(ReadOnlySpan<byte> bytes, ref int at)
    {
        var value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[at++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }
}

using System.Text;

namespace TranslationQA.Translation.Offline;

/// <summary>
/// Binary cache of <see cref="LexiconData"/>, valid while every source file keeps its size and modification time.
/// Strings are stored once in a table and referenced by index, which keeps the file small and loading fast.
/// </summary>
internal static class LexiconCache
{
    /// <summary>Bump when the parsing or ranking changes, so old caches are rebuilt.</summary>
    public const int FormatVersion = 10;
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

    /// <summary>Reads the cache when it exists and matches <paramref name="stamps"/>; otherwise null.</summary>
    public static LexiconData? TryRead(string path, IReadOnlyList<(string Path, long Size, long Ticks)> stamps)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion || !StampsMatch(reader, stamps))
            {
                return null;
            }

            var strings = new string[reader.ReadInt32()];
            for (var i = 0; i < strings.Length; i++)
            {
                strings[i] = reader.ReadString();
            }

            return new LexiconData(
                ReadMap(reader, strings), ReadMap(reader, strings), ReadMap(reader, strings), ReadMap(reader, strings), ReadMap(reader, strings),
                ReadMap(reader, strings), ReadMap(reader, strings));
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException or FormatException or IndexOutOfRangeException)
        {
            // A truncated or foreign file is not an error: the caller rebuilds it.
            return null;
        }
    }

    /// <summary>Writes the cache atomically (temp file, then rename) so concurrent runs never read half a file.</summary>
    public static void Write(string path, IReadOnlyList<(string Path, long Size, long Ticks)> stamps, LexiconData data)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var map in new[] { data.English, data.French, data.Reverse, data.Lemmas, data.Particles, data.Phrases, data.VerbPhrases })
        {
            foreach (var (key, values) in map)
            {
                Index(key);
                foreach (var v in values)
                {
                    Index(v);
                }
            }
        }

        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        using (var stream = new BufferedStream(File.Create(temp), 1 << 16))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(stamps.Count);
            foreach (var (file, size, ticks) in stamps)
            {
                writer.Write(file);
                writer.Write(size);
                writer.Write(ticks);
            }

            writer.Write(order.Count);
            order.ForEach(writer.Write);
            WriteMap(writer, data.English, table);
            WriteMap(writer, data.French, table);
            WriteMap(writer, data.Reverse, table);
            WriteMap(writer, data.Lemmas, table);
            WriteMap(writer, data.Particles, table);
            WriteMap(writer, data.Phrases, table);
            WriteMap(writer, data.VerbPhrases, table);
        }

        File.Move(temp, path, overwrite: true);

        void Index(string s)
        {
            if (table.TryAdd(s, order.Count))
            {
                order.Add(s);
            }
        }
    }

    private static bool StampsMatch(BinaryReader reader, IReadOnlyList<(string Path, long Size, long Ticks)> stamps)
    {
        if (reader.ReadInt32() != stamps.Count)
        {
            return false;
        }

        var match = true;
        foreach (var (file, size, ticks) in stamps)
        {
            match &= reader.ReadString() == file && reader.ReadInt64() == size && reader.ReadInt64() == ticks;
        }

        return match;
    }

    private static void WriteMap(BinaryWriter writer, IReadOnlyDictionary<string, string[]> map, Dictionary<string, int> table)
    {
        writer.Write(map.Count);
        foreach (var (key, values) in map)
        {
            writer.Write7BitEncodedInt(table[key]);
            writer.Write7BitEncodedInt(values.Length);
            foreach (var v in values)
            {
                writer.Write7BitEncodedInt(table[v]);
            }
        }
    }

    private static Dictionary<string, string[]> ReadMap(BinaryReader reader, string[] strings)
    {
        var count = reader.ReadInt32();
        var map = new Dictionary<string, string[]>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = strings[reader.Read7BitEncodedInt()];
            var values = new string[reader.Read7BitEncodedInt()];
            for (var j = 0; j < values.Length; j++)
            {
                values[j] = strings[reader.Read7BitEncodedInt()];
            }

            map[key] = values;
        }

        return map;
    }
}

using System.Runtime.InteropServices;

namespace TranslationQA.Core.Ingestion;

/// <summary>What a path names, found without opening it: a named pipe blocks the reader that opens it, a device never ends.</summary>
internal enum FileKind
{
    /// <summary>Nothing there (or a broken link).</summary>
    Missing,

    /// <summary>A regular file: the only kind of file an article is read from.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A named pipe (FIFO).</summary>
    Pipe,

    /// <summary>A character device such as /dev/zero.</summary>
    CharacterDevice,

    /// <summary>A block device.</summary>
    BlockDevice,

    /// <summary>A Unix domain socket.</summary>
    Socket,
}

/// <summary>Reads a path's file type with Linux <c>statx(2)</c>, following links.</summary>
internal static partial class FileKinds
{
    // statx(2): struct statx has the same layout on every Linux architecture: stx_mode is a u16 at byte 28 (native
    // byte order), and the struct is 256 bytes.
    private const int AtCurrentDirectory = -100;
    private const uint TypeOnly = 0x001; // STATX_TYPE
    private const int StatxSize = 256;
    private const int ModeOffset = 28;
    private static bool _noStatx;

    /// <summary>The kind of file <paramref name="path"/> names (links followed).</summary>
    public static FileKind Of(string path)
    {
        if (!_noStatx && OperatingSystem.IsLinux())
        {
            try
            {
                return FromStatx(path);
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                _noStatx = true; // a libc older than glibc 2.28 or musl 1.2.5: fall back below
            }
        }

        // Elsewhere (and on a Linux without statx) .NET tells folders from files only; that is what is checked there.
        return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    private static FileKind FromStatx(string path)
    {
        Span<byte> buffer = stackalloc byte[StatxSize];
        if (Statx(AtCurrentDirectory, path, 0, TypeOnly, ref MemoryMarshal.GetReference(buffer)) != 0)
        {
            return FileKind.Missing;
        }

        var mode = MemoryMarshal.Read<ushort>(buffer[ModeOffset..]);
        return (mode & 0xF000) switch // S_IFMT
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Pipe,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Missing,
        };
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, ref byte buffer);
}

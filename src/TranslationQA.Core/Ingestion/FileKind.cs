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

/// <summary>Reads a path's file type and size with Linux <c>statx(2)</c>, following links.</summary>
internal static partial class FileKinds
{
    // statx(2): struct statx has the same layout on every Linux architecture: stx_mode is a u16 at byte 28,
    // stx_size a u64 at byte 40 (native byte order), and the struct is 256 bytes.
    private const int AtCurrentDirectory = -100;
    private const uint TypeAndSize = 0x001 | 0x200; // STATX_TYPE | STATX_SIZE
    private const int StatxSize = 256;
    private const int ModeOffset = 28;
    private const int SizeOffset = 40;
    private static bool _noStatx;

    /// <summary>The kind of file <paramref name="path"/> names (links followed) and its size in bytes.</summary>
    public static (FileKind Kind, long Size) Of(string path)
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
        if (Directory.Exists(path))
        {
            return (FileKind.Directory, 0);
        }

        var file = new FileInfo(path);
        return file.Exists ? (FileKind.Regular, file.Length) : (FileKind.Missing, 0);
    }

    private static (FileKind, long) FromStatx(string path)
    {
        Span<byte> buffer = stackalloc byte[StatxSize];
        if (Statx(AtCurrentDirectory, path, 0, TypeAndSize, ref MemoryMarshal.GetReference(buffer)) != 0)
        {
            return (FileKind.Missing, 0);
        }

        var mode = MemoryMarshal.Read<ushort>(buffer[ModeOffset..]);
        var size = (long)MemoryMarshal.Read<ulong>(buffer[SizeOffset..]);
        var kind = (mode & 0xF000) switch // S_IFMT
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Pipe,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Missing,
        };
        return (kind, size);
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, ref byte buffer);
}

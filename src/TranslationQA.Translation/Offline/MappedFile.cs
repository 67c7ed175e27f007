using System.Buffers;
using System.IO.MemoryMappedFiles;

namespace TranslationQA.Translation.Offline;

/// <summary>
/// A file mapped into memory read-only, as <see cref="Memory{T}"/>: its pages are read from the page cache when first
/// touched and shared by every process that maps the same file, so a large read-only table costs no copy at start-up.
/// The file must not be cut short while mapped; the lexicon cache is only ever replaced by a rename, never rewritten.
/// A mapping that is in use stays until the process ends: there is no finalizer, because spans over the pages may
/// still be in use when the manager becomes unreachable (CA2015); <see cref="IDisposable.Dispose"/> unmaps it.
/// </summary>
internal sealed unsafe class MappedFile : MemoryManager<byte>
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _pointer;
    private readonly int _length;
    private int _released;

    private MappedFile(MemoryMappedFile file, MemoryMappedViewAccessor view, int length)
    {
        _file = file;
        _view = view;
        _length = length;
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _pointer = pointer + view.PointerOffset;
    }

    /// <summary>Maps <paramref name="path"/>; an empty file or one of 2 GB or more is refused with an <see cref="IOException"/>.</summary>
    public static MappedFile Open(string path)
    {
        var length = new FileInfo(path).Length;
        if (length is 0 or > int.MaxValue)
        {
            throw new IOException($"'{path}' is {length} bytes long: not a file to map.");
        }

        var file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        try
        {
            return new MappedFile(file, file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read), (int)length);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public override Span<byte> GetSpan() => new(_pointer, _length);

    /// <inheritdoc />
    public override MemoryHandle Pin(int elementIndex = 0) => new(_pointer + elementIndex);

    /// <inheritdoc />
    public override void Unpin()
    {
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
            _file.Dispose();
        }
    }
}

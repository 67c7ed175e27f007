using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace TranslationQA.Core.Ingestion;

/// <summary>
/// Decides how a text file of any size is decoded without loading it, with the outcome <see cref="TextFileReader"/>
/// gives for the whole file: BOM skipped, NUL bytes refused, strict UTF-8 or else Windows-1252 with a warning.
/// It reads the file once in 64 KiB blocks; <see cref="Lines"/> then reads it again line by line.
/// </summary>
/// <param name="Path">The file.</param>
/// <param name="Encoding">How to decode it, null when <see cref="Error"/> is set.</param>
/// <param name="Preamble">Bytes of byte-order mark to skip.</param>
/// <param name="Error">Why the file cannot be used.</param>
/// <param name="Warnings">Problems that did not stop it.</param>
internal sealed record TextFileProbe(string Path, Encoding? Encoding, int Preamble, string? Error, IReadOnlyList<string> Warnings)
{
    private const int BlockSize = 64 * 1024;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextFileProbe() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TextFileProbe Of(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BlockSize);
            Span<byte> head = stackalloc byte[3];
            var n = stream.ReadAtLeast(head, 3, throwOnEndOfStream: false);
            if (n >= 2 && (head[..2].SequenceEqual((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head[..2].SequenceEqual((ReadOnlySpan<byte>)[0xFE, 0xFF])))
            {
                return new(path, head[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode, 2, null, []);
            }

            var preamble = n == 3 && head.SequenceEqual((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            stream.Position = preamble;
            return Scan(stream, path, preamble);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(path, null, 0, $"{path}: cannot be read ({e.Message})", []);
        }
    }

    /// <summary>
    /// The file's lines, split as <see cref="TextReader.ReadLine"/> does (\n, \r\n or \r), read one at a time. A line
    /// above <paramref name="maxBytes"/> is never held in memory: it comes back as its size with no text.
    /// </summary>
    public IEnumerable<FileLine> Lines(long maxBytes = long.MaxValue)
    {
        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, BlockSize);
        stream.Position = Preamble;
        using var reader = new StreamReader(stream, Encoding!, detectEncodingFromByteOrderMarks: false, BlockSize);
        var chars = new char[BlockSize];
        var line = new StringBuilder();
        long bytes = 0;
        var afterCarriageReturn = false;
        int read;
        while ((read = reader.Read(chars)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                var c = chars[i];
                if (c is not ('\n' or '\r'))
                {
                    afterCarriageReturn = false;
                    continue;
                }

                var lineFeedAfterReturn = c == '\n' && afterCarriageReturn;
                afterCarriageReturn = c == '\r';
                if (!lineFeedAfterReturn)
                {
                    Append(chars.AsSpan(start, i - start));
                    yield return Take();
                }

                start = i + 1;
            }

            Append(chars.AsSpan(start, read - start));
        }

        if (line.Length > 0 || bytes > 0)
        {
            yield return Take();
        }

        void Append(ReadOnlySpan<char> part)
        {
            bytes += Encoding!.GetByteCount(part);
            if (bytes <= maxBytes)
            {
                line.Append(part);
            }
        }

        FileLine Take()
        {
            var taken = new FileLine(bytes <= maxBytes ? line.ToString() : null, bytes);
            line.Clear();
            bytes = 0;
            return taken;
        }
    }

    private static TextFileProbe Scan(FileStream stream, string path, int preamble)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(BlockSize + 4);
        var chars = ArrayPool<char>.Shared.Rent(BlockSize + 4);
        try
        {
            long offset = 0;
            long? invalidAt = null;
            var kept = 0;
            while (true)
            {
                var read = stream.Read(bytes, kept, BlockSize);
                if (bytes.AsSpan(kept, read).Contains((byte)0))
                {
                    return new(path, null, preamble, $"{path}: is not a text file (it contains NUL bytes); expected UTF-8 text", []);
                }

                var data = bytes.AsSpan(0, kept + read);
                kept = 0;
                if (invalidAt is null)
                {
                    // A sequence cut at the block end is kept for the next block, so only real errors count.
                    var status = Utf8.ToUtf16(data, chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: read == 0);
                    if (status == System.Buffers.OperationStatus.InvalidData)
                    {
                        invalidAt = offset + consumed;
                    }
                    else
                    {
                        data[consumed..].CopyTo(bytes);
                        kept = data.Length - consumed;
                        offset += consumed;
                    }
                }

                if (read == 0)
                {
                    break;
                }
            }

            return invalidAt is { } at
                ? new(path, Encoding.GetEncoding(1252), preamble, null, [TextFileReader.InvalidUtf8Warning(path, at)])
                : new(path, StrictUtf8, preamble, null, []);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}

/// <summary>One line of a text file: its text, or null when it was above the size limit, and its size in bytes.</summary>
internal readonly record struct FileLine(string? Text, long Bytes);

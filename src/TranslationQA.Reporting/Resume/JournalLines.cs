namespace TranslationQA.Reporting.Resume;

/// <summary>The whole lines of a journal with where each starts; a last line without its newline is torn and left out.</summary>
internal static class JournalLines
{
    /// <summary>Each whole line (without its newline), numbered from 1; the memory is valid until the next line is read.</summary>
    public static IEnumerable<(int Number, long Offset, ReadOnlyMemory<byte> Line)> Read(Stream stream)
    {
        var buffer = new byte[64 * 1024];
        var (start, end, number) = (0, 0, 0);
        long offset = 0; // of buffer[start] in the file
        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                yield return (++number, offset, buffer.AsMemory(start, newline));
                (start, offset) = (start + newline + 1, offset + newline + 1);
                continue;
            }

            // Keep the start of the unfinished line and read on; a line longer than the buffer doubles it.
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            (end, start) = (end - start, 0);
            if (end == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = stream.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                yield break; // what is left, if anything, was being written when the run was killed
            }

            end += read;
        }
    }
}

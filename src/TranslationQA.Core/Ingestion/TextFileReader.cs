using System.Text;

namespace TranslationQA.Core.Ingestion;

/// <summary>
/// Reads an article text file the way a reviewer would expect: BOM removed, CRLF and CR turned into \n,
/// strict UTF-8 with a Windows-1252 fallback that is reported as a warning, binary files refused.
/// </summary>
public static class TextFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextFileReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Reads <paramref name="path"/>; the result holds the text or the reason it cannot be used.</summary>
    /// <param name="path">A regular file (the caller has checked that it is one, see <see cref="InputBoundary"/>).</param>
    /// <param name="limits">The largest file read; a larger one is refused before it is read.</param>
    public static TextReadResult Read(string path, InputLimits? limits = null)
    {
        limits ??= InputLimits.Default;
        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
            // The length is checked on the open file, and at most one byte more than the limit is read, so a file
            // that grows after the check is refused too.
            var buffer = new byte[Math.Min(stream.Length, limits.MaxArticleBytes) + 1];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            if (read > limits.MaxArticleBytes)
            {
                return TextReadResult.Failed($"{path}: {limits.TooLarge("the file", Math.Max(stream.Length, read))}");
            }

            bytes = buffer[..read];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return TextReadResult.Failed($"{path}: cannot be read ({e.Message})");
        }

        return Decode(bytes, path);
    }

    /// <summary>Decodes file content; <paramref name="path"/> is only used in messages.</summary>
    public static TextReadResult Decode(ReadOnlySpan<byte> bytes, string path)
    {
        var warnings = new List<string>();
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return Normalised(encoding.GetString(bytes[2..]), warnings);
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            return TextReadResult.Failed($"{path}: is not a text file (it contains NUL bytes); expected UTF-8 text");
        }

        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            text = Encoding.GetEncoding(1252).GetString(bytes);
            warnings.Add(InvalidUtf8Warning(path, e.Index));
        }

        return Normalised(text, warnings);
    }

    /// <summary>The warning for a file read as Windows-1252 because byte <paramref name="index"/> is not UTF-8.</summary>
    internal static string InvalidUtf8Warning(string path, long index) =>
        $"{path}: invalid UTF-8 at byte {index}; read as Windows-1252. Save the file as UTF-8 to silence this warning.";

    private static TextReadResult Normalised(string text, List<string> warnings)
    {
        if (text.Contains('\r'))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        return new TextReadResult(text, null, warnings);
    }
}

/// <summary>The text of a file, or why it cannot be used, plus warnings.</summary>
public sealed record TextReadResult(string? Text, string? Error, IReadOnlyList<string> Warnings)
{
    /// <summary>A file that cannot be used.</summary>
    public static TextReadResult Failed(string error) => new(null, error, []);
}

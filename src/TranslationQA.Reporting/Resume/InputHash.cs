using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Resume;

/// <summary>
/// SHA-256 of what an article's result depends on: its id, languages, source and target text. Equal hashes mean a
/// resumed run may keep the result its interrupted run had for the article instead of checking it again.
/// </summary>
public readonly record struct InputHash
{
    private const int Size = 32;

    // Four words rather than a byte array or hex string: the index of a journal holds one per article.
    private readonly ulong _a, _b, _c, _d;

    private InputHash(ReadOnlySpan<byte> digest) =>
        (_a, _b, _c, _d) = (BinaryPrimitives.ReadUInt64BigEndian(digest), BinaryPrimitives.ReadUInt64BigEndian(digest[8..]),
            BinaryPrimitives.ReadUInt64BigEndian(digest[16..]), BinaryPrimitives.ReadUInt64BigEndian(digest[24..]));

    /// <summary>The hash of <paramref name="article"/>; the file paths are not part of it.</summary>
    public static InputHash Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[4];
        // An XLIFF article's unit ids are in its findings: units renamed around the same text are a changed input. Other
        // articles hash as before, so a journal written before XLIFF input existed still matches.
        var units = article.Units?.Select(u => $"{u.Offset} {u.Length} {u.Translated} {u.Location.UnitId}\t{u.Location.SegmentId}");
        foreach (var field in (ReadOnlySpan<string?>)[article.Id, article.SourceLang, article.TargetLang, article.Source, article.Target,
            .. units is null ? (string?[])[] : [string.Join('\n', units)]])
        {
            // Each field is prefixed by its length in UTF-8 bytes (-1 for none), so no two articles' fields run
            // together into the same bytes ("ab" + "c" and "a" + "bc" differ; no source differs from an empty one).
            BinaryPrimitives.WriteInt32BigEndian(length, field is null ? -1 : Encoding.UTF8.GetByteCount(field));
            sha.AppendData(length);
            if (field is not null)
            {
                sha.AppendData(Encoding.UTF8.GetBytes(field));
            }
        }

        Span<byte> digest = stackalloc byte[Size];
        sha.GetHashAndReset(digest);
        return new InputHash(digest);
    }

    /// <summary>Reads the 64 hex digits <see cref="ToString"/> writes; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out InputHash hash)
    {
        Span<byte> digest = stackalloc byte[Size];
        if (text.Length != 2 * Size || Convert.FromHexString(text, digest, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != Size)
        {
            hash = default;
            return false;
        }

        hash = new InputHash(digest);
        return true;
    }

    /// <summary>The hash as 64 lower-case hex digits.</summary>
    public override string ToString()
    {
        Span<byte> digest = stackalloc byte[Size];
        BinaryPrimitives.WriteUInt64BigEndian(digest, _a);
        BinaryPrimitives.WriteUInt64BigEndian(digest[8..], _b);
        BinaryPrimitives.WriteUInt64BigEndian(digest[16..], _c);
        BinaryPrimitives.WriteUInt64BigEndian(digest[24..], _d);
        return Convert.ToHexStringLower(digest);
    }
}

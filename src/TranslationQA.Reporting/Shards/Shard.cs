using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TranslationQA.Reporting.Shards;

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Count"/>: the articles whose id hashes to it. The hash depends on the id
/// alone (SHA-256 of its UTF-8 bytes), so adding or removing an article moves no other article to another shard.
/// </summary>
/// <param name="Index">1-based shard number.</param>
/// <param name="Count">How many shards the run is split into.</param>
public sealed record Shard(int Index, int Count)
{
    /// <summary>Parses <c>K/N</c> with 1 ≤ K ≤ N; null and a reason when the text is not such a pair.</summary>
    public static Shard? Parse(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
        {
            error = null;
            return new Shard(index, count);
        }

        error = $"--shard {text}: expected K/N with 1 <= K <= N, e.g. 2/3";
        return null;
    }

    /// <summary>The 1-based shard of <paramref name="articleId"/> when a run is split into <paramref name="count"/>.</summary>
    public static int Of(string articleId, int count)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(articleId), hash);
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)count) + 1;
    }

    /// <summary>True when the article belongs to this shard.</summary>
    public bool Contains(string articleId) => Of(articleId, Count) == Index;

    /// <summary>K/N.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}

/// <summary>A run that checked one shard of a larger input.</summary>
/// <param name="Shard">Which shard.</param>
/// <param name="TotalArticles">How many articles the whole input holds (every shard), so a merge can tell shards of different inputs apart.</param>
public sealed record ShardRun(Shard Shard, long TotalArticles);

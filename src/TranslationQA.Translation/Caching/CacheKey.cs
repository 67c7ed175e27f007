using System.Security.Cryptography;
using System.Text;

namespace TranslationQA.Translation.Caching;

/// <summary>The cache key of one translation: a SHA-256 over everything that determines the engine's output.</summary>
public static class CacheKey
{
    /// <summary>Schema of the key and the stored value; bump to invalidate every entry after a format change.</summary>
    public const int FormatVersion = 1;

    /// <summary>Hex SHA-256 of (format version, engine, identity, from, to, text), fields separated by NUL.</summary>
    public static string Compute(string engine, string identity, string fromLang, string toLang, string text)
    {
        var material = string.Join('\0', FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            engine, identity, fromLang, toLang, text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)));
    }
}

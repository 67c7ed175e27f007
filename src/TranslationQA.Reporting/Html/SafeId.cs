using System.Security.Cryptography;
using System.Text;

namespace TranslationQA.Reporting.Html;

/// <summary>Turns an article id into a file name that is safe on every file system and in a URL.</summary>
public static class SafeId
{
    /// <summary>
    /// Lower-case letters, digits, '-' and '_' only; when the id had to change, a short hash of the original is
    /// appended so two ids never share a file (e.g. "A b" and "a-b", which collide on case-insensitive disks).
    /// </summary>
    public static string For(string id)
    {
        var builder = new StringBuilder(Math.Min(id.Length, 64));
        foreach (var c in id)
        {
            if (builder.Length >= 64)
            {
                break;
            }

            var lower = char.ToLowerInvariant(c);
            var ok = lower is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_';
            if (ok)
            {
                builder.Append(lower);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var safe = builder.ToString().Trim('-');
        if (safe == id && safe.Length > 0)
        {
            return safe;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)).AsSpan(0, 4));
        return safe.Length == 0 ? hash : $"{safe}-{hash}";
    }
}

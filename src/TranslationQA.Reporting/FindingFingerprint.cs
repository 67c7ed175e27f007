using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting;

/// <summary>
/// Stable identity of a finding across runs: a hash of rule, article id, normalised flagged text and occurrence index.
/// </summary>
/// <remarks>
/// Offsets are deliberately left out so that an edit earlier in the article does not make every later finding
/// look new to code-scanning tools; the occurrence index separates repeats of the same text.
/// </remarks>
public static class FindingFingerprint
{
    /// <summary>32 lower-case hex characters identifying the finding.</summary>
    public static string Compute(string ruleId, string articleId, string targetText, int occurrence)
    {
        var key = string.Join('\n', ruleId, articleId, Normalise(targetText), occurrence.ToString(CultureInfo.InvariantCulture));
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    /// <summary>Fingerprints of an article's findings, in the same order as <see cref="ArticleResult.Findings"/>.</summary>
    public static IReadOnlyList<string> ForArticle(ArticleResult article)
    {
        var seen = new Dictionary<(string Rule, string Text), int>();
        var result = new string[article.Findings.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var finding = article.Findings[i];
            var key = (finding.RuleId, Normalise(finding.TargetText));
            var occurrence = seen.GetValueOrDefault(key);
            seen[key] = occurrence + 1;
            result[i] = Compute(finding.RuleId, article.Id, finding.TargetText, occurrence);
        }

        return result;
    }

    /// <summary>True when <paramref name="text"/> is a fingerprint as <see cref="Compute"/> writes it (any case of hex digit).</summary>
    public static bool IsWellFormed([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? text) => text is { Length: 32 } && text.All(char.IsAsciiHexDigit);

    /// <summary>NFC, lower case (invariant), whitespace runs collapsed to one space, trimmed.</summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}

using System.Security.Cryptography;
using System.Text;

namespace TranslationQA.Core.Evaluation;

/// <summary>
/// The by-document split of a labelled set into a tuning half and a test half. Thresholds are set on the tuning half
/// only; both halves are reported, so a rule fitted to the data shows as a gap between them.
/// </summary>
public static class SplitHalf
{
    /// <summary>The half thresholds are tuned on.</summary>
    public const string Tune = "tune";

    /// <summary>The half that only reports.</summary>
    public const string Test = "test";

    /// <summary>
    /// The half of <paramref name="document"/>: the lowest bit of the SHA-256 of its UTF-8 bytes, the same on every
    /// machine and .NET version (string.GetHashCode is randomised per process).
    /// </summary>
    public static string Of(string document) =>
        (SHA256.HashData(Encoding.UTF8.GetBytes(document))[0] & 1) == 0 ? Tune : Test;
}

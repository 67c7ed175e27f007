using System.Text.Json;
using System.Text.Json.Serialization;

namespace TranslationQA.Reporting.Review;

/// <summary>
/// translationqa.suppressions.json: the findings reviewers judged not an error, by fingerprint, each with why.
/// The HTML report's "Download decisions" writes it; people edit it in pull requests.
/// </summary>
public sealed record SuppressionFile(int Version, IReadOnlyList<Suppression>? Suppressions)
{
    /// <summary>The file a run uses when <c>--suppressions</c> is not given and the file is in the working directory.</summary>
    public const string DefaultFileName = "translationqa.suppressions.json";

    /// <summary>The one format version there is.</summary>
    public const int CurrentVersion = 1;

    /// <summary>A suppressions file larger than this is refused before it is read: it comes from a pull request.</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    private static readonly SuppressionJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 8,
    });

    /// <summary>Reads and checks the file.</summary>
    /// <exception cref="InvalidDataException">The file is too large, unreadable or malformed; the message names the file and the problem.</exception>
    public static SuppressionFile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.Length > MaxBytes)
            {
                throw new InvalidDataException($"{path}: is {stream.Length:N0} bytes; a suppressions file may have at most {MaxBytes:N0}");
            }

            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: cannot be read ({e.Message})", e);
        }

        SuppressionFile? file;
        try
        {
            file = JsonSerializer.Deserialize(bytes, Context.SuppressionFile);
        }
        catch (JsonException e)
        {
            // System.Text.Json's message names the path, line and byte of the problem.
            throw new InvalidDataException($"{path}: is not a suppressions file ({e.Message})", e);
        }

        return Checked(path, file);
    }

    private static SuppressionFile Checked(string path, SuppressionFile? file)
    {
        if (file is null || file.Version != CurrentVersion)
        {
            throw new InvalidDataException($"{path}: \"version\" must be {CurrentVersion}, found {(file is null ? "null" : file.Version)}");
        }

        if (file.Suppressions is null)
        {
            throw new InvalidDataException($"{path}: has no \"suppressions\" list");
        }

        for (var i = 0; i < file.Suppressions.Count; i++)
        {
            var problem = file.Suppressions[i] switch
            {
                null => "is null",
                { Fingerprint: var f } when !FindingFingerprint.IsWellFormed(f) =>
                    "has no \"fingerprint\" of 32 hex digits (copy it from report.json or the HTML report)",
                { Justification: var j } when string.IsNullOrWhiteSpace(j) => "has no \"justification\": say why the finding is not an error",
                _ => null,
            };
            if (problem is not null)
            {
                throw new InvalidDataException($"{path}: suppression {i + 1} {problem}");
            }
        }

        return file;
    }
}

/// <summary>One reviewer decision: the finding (by fingerprint) is not an error, and why.</summary>
/// <param name="Fingerprint">The finding's fingerprint (required).</param>
/// <param name="Rule">Its rule, for people reading the file.</param>
/// <param name="Article">Its article id, for people reading the file.</param>
/// <param name="TargetText">The flagged German text, for people reading the file.</param>
/// <param name="Justification">Why it is not an error (required).</param>
/// <param name="DecidedAt">When the reviewer decided.</param>
public sealed record Suppression(string Fingerprint, string? Rule, string? Article, string? TargetText, string Justification, DateTimeOffset? DecidedAt);

[JsonSerializable(typeof(SuppressionFile))]
internal sealed partial class SuppressionJsonContext : JsonSerializerContext;

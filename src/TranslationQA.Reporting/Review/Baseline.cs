using System.Globalization;
using System.Text.Json;
using TranslationQA.Core.Model;
using TranslationQA.Reporting.Json;

namespace TranslationQA.Reporting.Review;

/// <summary>
/// The findings of an earlier run's report.json (<c>check --baseline</c>), held as a set of 128-bit fingerprints so
/// that memory stays small however large the report: the file is read one article at a time, and read again at the
/// end of the run for the details of the findings that are gone.
/// </summary>
public sealed class Baseline
{
    /// <summary>One article of the baseline larger than this stops the read: the file may come from anywhere.</summary>
    public const int MaxArticleBytes = 256 * 1024 * 1024;

    private readonly string _path;
    private readonly Func<string, bool> _includes;
    private readonly HashSet<UInt128> _unmatched;

    private Baseline(string path, Func<string, bool> includes, HashSet<UInt128> fingerprints, ReportDocument header) =>
        (_path, _includes, _unmatched, Header) = (path, includes, fingerprints, header);

    /// <summary>The baseline report without its articles.</summary>
    public ReportDocument Header { get; }

    /// <summary>Reads the fingerprints of the findings of the articles <paramref name="includes"/> accepts (a shard's).</summary>
    /// <exception cref="InvalidDataException">The file cannot be read or is not a report.json; the message names it.</exception>
    public static async Task<Baseline> ReadAsync(string path, Func<string, bool> includes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(includes);
        var fingerprints = new HashSet<UInt128>();
        var header = await ReadAsync(path, article =>
        {
            foreach (var finding in article.Findings ?? [])
            {
                fingerprints.Add(Key(path, finding.Fingerprint));
            }
        }, includes, cancellationToken).ConfigureAwait(false);
        return new Baseline(path, includes, fingerprints, header);
    }

    /// <summary>
    /// New, or unchanged when the baseline has a finding of that fingerprint; call once per finding of the run (a
    /// finding matched is no longer absent).
    /// </summary>
    public BaselineState StateOf(string fingerprint) =>
        _unmatched.Remove(UInt128.Parse(fingerprint, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture))
            ? BaselineState.Unchanged
            : BaselineState.New;

    /// <summary>The baseline's findings that no finding of the run matched, in the baseline's order.</summary>
    /// <exception cref="InvalidDataException">The file changed or went since it was first read.</exception>
    public async Task<IReadOnlyList<AbsentFindingDocument>> AbsentAsync(CancellationToken cancellationToken)
    {
        var absent = new List<AbsentFindingDocument>();
        if (_unmatched.Count == 0)
        {
            return absent;
        }

        await ReadAsync(_path, article =>
        {
            foreach (var f in (article.Findings ?? []).Where(f => _unmatched.Contains(Key(_path, f.Fingerprint))))
            {
                absent.Add(new AbsentFindingDocument(f.Fingerprint.ToLowerInvariant(), f.Rule, article.Id, f.Severity, f.TargetText, f.Message));
            }
        }, _includes, cancellationToken).ConfigureAwait(false);
        return absent;
    }

    private static async Task<ReportDocument> ReadAsync(string path, Action<ArticleDocument> add, Func<string, bool> includes,
        CancellationToken cancellationToken)
    {
        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                var reader = new ReportJsonReader(stream, MaxArticleBytes);
                var header = await reader.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
                await foreach (var article in reader.ReadArticlesAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (includes(article.Id))
                    {
                        add(article);
                    }
                }

                return header;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: cannot be read ({e.Message})", e);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: is not a TranslationQA report.json ({e.Message})", e);
        }
    }

    private static UInt128 Key(string path, string? fingerprint) =>
        FindingFingerprint.IsWellFormed(fingerprint)
            ? UInt128.Parse(fingerprint, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)
            : throw new InvalidDataException($"{path}: a finding has no fingerprint of 32 hex digits; is this a TranslationQA report.json?");
}

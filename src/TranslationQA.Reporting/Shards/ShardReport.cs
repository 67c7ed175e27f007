using System.Text.Json;
using TranslationQA.Reporting.Json;

namespace TranslationQA.Reporting.Shards;

/// <summary>One shard run's report.json, open for reading: its header at once, its articles one at a time.</summary>
internal sealed class ShardReport : IAsyncDisposable
{
    private readonly FileStream _stream;
    private readonly ReportJsonReader _reader;

    private ShardReport(string path, FileStream stream, ReportJsonReader reader, ReportDocument header, ShardDocument shard)
    {
        (Path, _stream, _reader, Header, Shard) = (path, stream, reader, header, shard);
    }

    public string Path { get; }

    public ReportDocument Header { get; }

    public ShardDocument Shard { get; }

    public static async Task<ShardReport> OpenAsync(string path, CancellationToken cancellationToken)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ShardMergeException($"{path}: cannot be read ({e.Message})", e);
        }

        try
        {
            var reader = new ReportJsonReader(stream);
            var header = await reader.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
            var shard = header.Shard ?? throw new ShardMergeException(
                $"{path}: is not the report of a shard run (it has no \"shard\"); run 'translationqa check --shard K/N' for each shard");
            if (header.Interrupted is { } stop)
            {
                throw new ShardMergeException(
                    $"{path}: the shard run was cancelled after {stop.CheckedArticles:N0} of {stop.TotalArticles:N0} articles; run that shard again");
            }

            return new ShardReport(path, stream, reader, header, shard);
        }
        catch (Exception e) when (e is JsonException or ShardMergeException)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw e as ShardMergeException ?? new ShardMergeException($"{path}: is not a TranslationQA report.json ({e.Message})", e);
        }
    }

    /// <summary>The articles in file order (a shard run writes them in input order).</summary>
    public IAsyncEnumerable<ArticleDocument> ArticlesAsync(CancellationToken cancellationToken) =>
        _reader.ReadArticlesAsync(cancellationToken);

    public ValueTask DisposeAsync() => _stream.DisposeAsync();
}

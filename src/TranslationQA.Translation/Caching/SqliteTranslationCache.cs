using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;
using TranslationQA.Core.BackTranslation;
using TranslationQA.Core.Model;

namespace TranslationQA.Translation.Caching;

/// <summary>
/// A SQLite file of translations keyed by <see cref="CacheKey"/>. WAL mode plus a busy time-out let two processes
/// share the file; writes are INSERT OR REPLACE inside one transaction per batch.
/// </summary>
public sealed class SqliteTranslationCache : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _lock = new(1, 1);

    private SqliteTranslationCache(SqliteConnection connection, string path) => (_connection, Path) = (connection, path);

    /// <summary>The cache file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating if needed) the cache at <paramref name="path"/>, or at <see cref="CachePaths.DefaultPath()"/> when null.</summary>
    /// <exception cref="EngineException">The file cannot be created or is not a usable SQLite database.</exception>
    public static SqliteTranslationCache Open(string? path)
    {
        var full = System.IO.Path.GetFullPath(string.IsNullOrWhiteSpace(path) ? CachePaths.DefaultPath() : path);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            connection.Open();
            Execute(connection, "PRAGMA busy_timeout = 10000;");
            Execute(connection, "PRAGMA journal_mode = WAL;");
            Execute(connection, "PRAGMA synchronous = NORMAL;");
            Execute(connection, """
                CREATE TABLE IF NOT EXISTS translations (
                    key TEXT PRIMARY KEY NOT NULL,
                    engine TEXT NOT NULL,
                    value TEXT NOT NULL,
                    created_utc TEXT NOT NULL);
                """);
            return new SqliteTranslationCache(connection, full);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            connection.Dispose();
            throw new EngineException(
                $"The translation cache {full} cannot be used ({ex.Message}). Delete it or pass another --cache file.", ex);
        }
    }

    /// <summary>The stored translations among <paramref name="keys"/>; unreadable entries count as missing.</summary>
    public async Task<IReadOnlyDictionary<string, SentenceBackTranslation>> GetManyAsync(
        IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, SentenceBackTranslation>(StringComparer.Ordinal);
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // SQLite caps bound parameters; 500 per query stays well below every default limit.
            foreach (var chunk in keys.Distinct().Chunk(500))
            {
                using var command = _connection.CreateCommand();
                var names = chunk.Select((_, i) => "$k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
                command.CommandText = $"SELECT key, value FROM translations WHERE key IN ({string.Join(',', names)});";
                for (var i = 0; i < chunk.Length; i++)
                {
                    command.Parameters.AddWithValue(names[i], chunk[i]);
                }

                using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (TryDeserialize(reader.GetString(1)) is { } value)
                    {
                        found[reader.GetString(0)] = value;
                    }
                }
            }
        }
        finally
        {
            _lock.Release();
        }

        return found;
    }

    /// <summary>Stores <paramref name="entries"/> in one transaction, replacing existing keys.</summary>
    public async Task PutManyAsync(
        IReadOnlyList<(string Key, string Engine, SentenceBackTranslation Value)> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var transaction = _connection.BeginTransaction();
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT OR REPLACE INTO translations (key, engine, value, created_utc) VALUES ($key, $engine, $value, $created);";
            var key = command.Parameters.Add("$key", SqliteType.Text);
            var engine = command.Parameters.Add("$engine", SqliteType.Text);
            var value = command.Parameters.Add("$value", SqliteType.Text);
            command.Parameters.AddWithValue("$created", DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            foreach (var entry in entries)
            {
                key.Value = entry.Key;
                engine.Value = entry.Engine;
                value.Value = JsonSerializer.Serialize(entry.Value, Json);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Number of stored translations.</summary>
    public long Count()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM translations;";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Closes the file.</summary>
    public void Dispose()
    {
        _connection.Dispose();
        _lock.Dispose();
    }

    private static SentenceBackTranslation? TryDeserialize(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<SentenceBackTranslation>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

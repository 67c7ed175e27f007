using System.Buffers;
using System.Text.Json;
using Microsoft.Win32.SafeHandles;
using TranslationQA.Core.Ingestion;
using TranslationQA.Core.Model;
using TranslationQA.Reporting.Json;
using TranslationQA.Reporting.Shards;

namespace TranslationQA.Reporting.Resume;

/// <summary>
/// The articles a <see cref="ResumeJournal"/> holds, by input hash. Only where each line lies in the file is kept (some
/// 60 bytes an article); a document is read from the file when the resumed run comes to its article.
/// </summary>
public sealed class ResumeIndex : IDisposable
{
    private readonly Dictionary<InputHash, (long Offset, int Length)> _lines;
    private readonly SafeFileHandle _file;

    private ResumeIndex(string path, JournalSettings settings, Dictionary<InputHash, (long, int)> lines, long length)
    {
        (Path, Settings, _lines, Length) = (path, settings, lines, length);
        _file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
    }

    /// <summary>The journal.</summary>
    public string Path { get; }

    /// <summary>The settings the journal was written with (those of this run).</summary>
    public JournalSettings Settings { get; }

    /// <summary>Bytes up to the end of the last whole line; a torn line after it is ignored.</summary>
    public long Length { get; }

    /// <summary>How many distinct articles the journal holds.</summary>
    public int Count => _lines.Count;

    /// <summary>
    /// Reads the journal an earlier run left in <paramref name="outputDirectory"/>; null, with the reason, when there
    /// is nothing to resume from: no journal, one without a whole line, or one written with other settings than
    /// <paramref name="settings"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">A whole line is not a journal's; the message names the file and line.</exception>
    public static ResumeIndex? Open(string outputDirectory, JournalSettings settings, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var path = System.IO.Path.Combine(outputDirectory, ResumeJournal.FileName);
        if (!File.Exists(path))
        {
            reason = $"no {ResumeJournal.FileName} in {outputDirectory} (the last run there completed, or none ran there)";
            return null;
        }

        JournalSettings? written = null;
        var lines = new Dictionary<InputHash, (long, int)>();
        long length = 0;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1024 * 1024))
        {
            foreach (var (number, offset, line) in JournalLines.Read(stream))
            {
                try
                {
                    if (number == 1)
                    {
                        written = ReadSettings(line.Span);
                    }
                    else
                    {
                        // A later line for the same input (checked again after a change and changed back) is as good.
                        lines[ReadHash(line.Span)] = (offset, line.Length);
                    }
                }
                catch (JsonException e)
                {
                    throw new InvalidDataException($"{path}:{number}: not a line of a resume journal ({e.Message}); delete the file to check everything");
                }

                length = offset + line.Length + 1;
            }
        }

        reason = written is null ? $"{path} holds no checked article"
            : written.Difference(settings) is { } difference ? $"{path} was written by a run with {difference}"
            : null;
        return reason is null ? new ResumeIndex(path, written!, lines, length) : null;
    }

    /// <summary>True when the journal holds a result for <paramref name="article"/> as it is now.</summary>
    public bool Contains(Article article) => _lines.ContainsKey(InputHash.Of(article));

    /// <summary>
    /// The result the journal holds for <paramref name="input"/> as it is now, null if none. The result carries the
    /// paths of this run's input, which may be named differently (relative, moved) than in the run that checked it.
    /// </summary>
    /// <exception cref="InvalidDataException">The line cannot be read back into a result.</exception>
    public ArticleResult? Find(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Article is not { } article || !_lines.TryGetValue(InputHash.Of(article), out var line))
        {
            return null;
        }

        // A line is some 200 KB for a long article: a pooled buffer spares the collector one such array per article.
        var bytes = ArrayPool<byte>.Shared.Rent(line.Length);
        try
        {
            for (var read = 0; read < line.Length;)
            {
                var n = RandomAccess.Read(_file, bytes.AsSpan(read, line.Length - read), line.Offset + read);
                read += n > 0 ? n : throw new InvalidDataException($"{Path}: ends inside the entry of article '{input.Id}'");
            }

            var result = MergeData.ToResult(ReadDocument(bytes.AsSpan(0, line.Length)));
            return result with { Path = input.Path, Analysis = result.Analysis! with { Article = article } };
        }
        catch (Exception e) when (e is not (InvalidDataException or OutOfMemoryException))
        {
            // Every line was checked as JSON when the journal was read; a document that does not rebuild is a bug
            // or a hand-edited file, and costs only a check of the article again.
            throw new InvalidDataException($"{Path}: the entry of article '{input.Id}' cannot be read back ({e.Message})", e);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    public void Dispose() => _file.Dispose();

    private static JournalSettings ReadSettings(ReadOnlySpan<byte> line)
    {
        var settings = JsonSerializer.Deserialize(line, ResumeJsonContext.Default.JournalSettings);
        return settings is { Build: not null, Engine: not null } ? settings : throw new JsonException("no settings");
    }

    /// <summary>The input hash of an entry line, checking that the whole line is one JSON object as the journal writes it.</summary>
    private static InputHash ReadHash(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line, isFinalBlock: true, default);
        Expect(ref reader, JsonTokenType.StartObject);
        Expect(ref reader, JsonTokenType.PropertyName);
        if (!reader.ValueTextEquals("inputHash"u8))
        {
            throw new JsonException("expected \"inputHash\" first");
        }

        Expect(ref reader, JsonTokenType.String);
        if (!InputHash.TryParse(reader.GetString(), out var hash))
        {
            throw new JsonException("the input hash is not 64 hex digits");
        }

        Expect(ref reader, JsonTokenType.PropertyName);
        if (!reader.ValueTextEquals("document"u8))
        {
            throw new JsonException("expected \"document\" second");
        }

        Expect(ref reader, JsonTokenType.StartObject);
        reader.Skip(); // reads through the document, so a line broken inside it is found now, not half-way through the run
        Expect(ref reader, JsonTokenType.EndObject);
        return reader.Read() ? throw new JsonException("more after the entry") : hash;
    }

    private static ArticleDocument ReadDocument(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line, isFinalBlock: true, default);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("document"u8))
            {
                reader.Read();
                return JsonSerializer.Deserialize(ref reader, ResumeJsonContext.Default.ArticleDocument)
                    ?? throw new JsonException("the document is null");
            }
        }

        throw new JsonException("no document");
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (!reader.Read() || reader.TokenType != type)
        {
            throw new JsonException($"expected {type}, found {(reader.TokenType == JsonTokenType.None ? "the end" : reader.TokenType)}");
        }
    }
}

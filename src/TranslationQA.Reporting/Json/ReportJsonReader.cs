using System.Runtime.CompilerServices;
using System.Text.Json;

namespace TranslationQA.Reporting.Json;

/// <summary>
/// Reads a report.json of any size: first everything but the articles (<see cref="ReadHeaderAsync"/>), then the
/// articles one at a time (<see cref="ReadArticlesAsync"/>), holding one article in memory at a time; an article
/// (or header member) larger than <paramref name="maxValueBytes"/> stops the read.
/// </summary>
public sealed class ReportJsonReader(Stream stream, int maxValueBytes = int.MaxValue)
{
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _final;
    private JsonReaderState _state;
    private readonly Dictionary<string, JsonElement> _header = new(StringComparer.Ordinal);

    /// <summary>The document without its articles, which must be the last member.</summary>
    /// <exception cref="JsonException">The file is not a report.json.</exception>
    public async Task<ReportDocument> ReadHeaderAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var step = StepHeader();
            if (step == Step.Done)
            {
                return Header();
            }

            if (step == Step.NeedMore && !await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                throw new JsonException("the file ends before its \"articles\" list");
            }
        }
    }

    /// <summary>The articles in file order; call after <see cref="ReadHeaderAsync"/>.</summary>
    public async IAsyncEnumerable<ArticleDocument> ReadArticlesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            var step = StepArticle(out var article);
            if (step == Step.Done)
            {
                yield break;
            }

            if (article is not null)
            {
                yield return article;
            }
            else if (step == Step.NeedMore && !await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                throw new JsonException("the file ends inside its \"articles\" list");
            }
        }
    }

    private enum Step { NeedMore, Progress, Done }

    private Step StepHeader()
    {
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
        if (!reader.Read())
        {
            return Step.NeedMore;
        }

        if (reader.TokenType == JsonTokenType.StartObject && reader.CurrentDepth == 0)
        {
            return Commit(ref reader, Step.Progress);
        }

        if (reader.TokenType != JsonTokenType.PropertyName)
        {
            throw new JsonException($"expected a member of the report, found {reader.TokenType}");
        }

        var name = reader.GetString()!;
        if (!reader.Read())
        {
            return Step.NeedMore;
        }

        if (name == "articles")
        {
            return reader.TokenType == JsonTokenType.StartArray
                ? Commit(ref reader, Step.Done)
                : throw new JsonException("\"articles\" is not a list");
        }

        var value = reader;
        if (!reader.TrySkip())
        {
            return Step.NeedMore;
        }

        _header[name] = JsonElement.ParseValue(ref value);
        return Commit(ref reader, Step.Progress);
    }

    private Step StepArticle(out ArticleDocument? article)
    {
        article = null;
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
        if (!reader.Read())
        {
            return Step.NeedMore;
        }

        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return Commit(ref reader, Step.Done);
        }

        var value = reader;
        if (!reader.TrySkip())
        {
            return Step.NeedMore;
        }

        article = JsonSerializer.Deserialize(ref value, JsonReportWriter.Context.ArticleDocument)
            ?? throw new JsonException("an article is null");
        return Commit(ref reader, Step.Progress);
    }

    private Step Commit(ref Utf8JsonReader reader, Step step)
    {
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
        return step;
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_final)
        {
            return false;
        }

        var unread = _end - _start;
        if (unread == _buffer.Length)
        {
            if (_buffer.Length >= maxValueBytes)
            {
                throw new JsonException($"one article or member is larger than {maxValueBytes:N0} bytes");
            }

            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        else if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, unread);
        }

        (_start, _end) = (0, unread);
        var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        _end += read;
        _final = read == 0;
        return true;
    }

    private ReportDocument Header()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (name, value) in _header)
            {
                json.WritePropertyName(name);
                value.WriteTo(json);
            }

            json.WriteStartArray("articles");
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return JsonSerializer.Deserialize(buffer.ToArray(), JsonReportWriter.Context.ReportDocument)
            ?? throw new JsonException("the report is null");
    }
}

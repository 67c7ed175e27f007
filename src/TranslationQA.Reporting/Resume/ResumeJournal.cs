using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using TranslationQA.Core.Model;
using TranslationQA.Reporting.Json;

namespace TranslationQA.Reporting.Resume;

/// <summary>
/// The resume journal of a run, <c>resume.jsonl</c> in the output folder: a first line with the run's
/// <see cref="JournalSettings"/>, then a line <c>{"inputHash", "document"}</c> per article checked, the document being
/// the article's report.json document with the merge data that rebuilds its result exactly (<see cref="Shards.MergeData"/>).
/// Each line reaches the operating system in one write as soon as its article is reported, so a run stopped in any
/// way (a signal, a kill, an engine that gave up) leaves what it checked for <c>check --resume</c>; a killed process
/// loses at most the line it was writing, which a resumed run ignores. A run that completes deletes the journal.
/// </summary>
/// <remarks>
/// Written on the run's own thread as each article is reported: 1.0 to 1.1 s of a 16 to 18 s
/// <c>bench --articles 1000 --reports</c> (6 %, 190 KB a line for a 700-word article) and about 2 s of a 45 to 55 s check
/// of the 16,781 short WMT22 articles (4 %), measured on the 2-core machine on 2026-11-29. A task of its own was tried
/// and was no faster there (the checks keep both cores busy), and a kill lost the articles still waiting for it.
/// With report.json's serialisation context (whose custom encoder rules out the generated fast path) it took half as
/// long again.
/// </remarks>
public sealed class ResumeJournal : IDisposable
{
    /// <summary>The journal's name in the output folder.</summary>
    public const string FileName = "resume.jsonl";

    /// <summary>
    /// One line per entry (a newline in a string is written as \n). The journal is read by the tool alone, so it keeps
    /// letters and markup characters as they are: less to write than report.json's escaping.
    /// </summary>
    private static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly FileStream _file;
    private readonly ArrayBufferWriter<byte> _line = new(64 * 1024);
    private readonly Utf8JsonWriter _json;
    private readonly string _engine;

    private ResumeJournal(string path, string engine, long keep)
    {
        (Path, _engine) = (path, engine);
        // Unbuffered: each line goes to the operating system in one write, as soon as it is whole.
        _file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read, bufferSize: 0);
        _file.SetLength(keep);
        _file.Position = keep;
        _json = new Utf8JsonWriter(_line, LineOptions);
    }

    /// <summary>Where the journal is.</summary>
    public string Path { get; }

    /// <summary>Starts a new journal in <paramref name="outputDirectory"/> (created if missing), replacing any other.</summary>
    public static ResumeJournal Start(string outputDirectory, JournalSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Directory.CreateDirectory(outputDirectory);
        var journal = new ResumeJournal(System.IO.Path.Combine(outputDirectory, FileName), settings.Engine, 0);
        try
        {
            JsonSerializer.Serialize(journal.Begin(), settings, ResumeJsonContext.Default.JournalSettings);
            journal.End();
            return journal;
        }
        catch (IOException)
        {
            journal.Delete(); // a journal without its first line could not be resumed from
            throw;
        }
    }

    /// <summary>
    /// Goes on with the journal <paramref name="index"/> was read from: its entries stay (a resumed run does not write
    /// the articles it keeps again), a torn last line is cut off, and the articles checked now are added after.
    /// </summary>
    public static ResumeJournal Continue(ResumeIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return new ResumeJournal(index.Path, index.Settings.Engine, index.Length);
    }

    /// <summary>
    /// Adds an article checked by this run at <paramref name="position"/> in the whole input. An article that could
    /// not be read or checked is left out: a resumed run tries it again.
    /// </summary>
    public void Add(ArticleResult result, long position)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Verdict == Verdict.Error || result.Analysis is not { } analysis)
        {
            return;
        }

        var json = Begin();
        json.WriteStartObject();
        json.WriteString("inputHash", InputHash.Of(analysis.Article).ToString());
        json.WritePropertyName("document");
        JsonSerializer.Serialize(json, ReportDocumentBuilder.Article(result, _engine, position), ResumeJsonContext.Default.ArticleDocument);
        json.WriteEndObject();
        End();
    }

    /// <summary>Closes and deletes the journal: the run completed, so there is nothing to resume.</summary>
    public void Delete()
    {
        Dispose();
        File.Delete(Path);
    }

    public void Dispose()
    {
        _json.Dispose();
        _file.Dispose();
    }

    private Utf8JsonWriter Begin()
    {
        _line.ResetWrittenCount();
        _json.Reset(_line);
        return _json;
    }

    private void End()
    {
        _json.Flush();
        _line.Write("\n"u8);
        var whole = _file.Position;
        try
        {
            _file.Write(_line.WrittenSpan);
        }
        catch (IOException)
        {
            // A write cut short (a full disk) must not leave half a line: the journal ends at its last whole line.
            TryCut(whole);
            throw;
        }
    }

    private void TryCut(long length)
    {
        try
        {
            _file.SetLength(length);
            _file.Position = length;
        }
        catch (IOException)
        {
            // Truncating frees space, so it rarely fails; if it does, a resumed run ignores the torn last line.
        }
    }
}

using System.Text;
using System.Xml;
using TranslationQA.Core.Model;
using TranslationQA.Reporting.Streaming;

namespace TranslationQA.Reporting.Ci;

/// <summary>
/// Writes junit.xml while the run goes on. The root element's counts come before the suites, so the suites are
/// spooled inside a root of their own; on completion the file is the root start tag with the counts followed by
/// the spool from just after its own start tag.
/// </summary>
internal sealed class JUnitReportSession : IReportSession
{
    private static readonly byte[] RootTag = Encoding.UTF8.GetBytes("<testsuites>");
    private readonly RunStart _run;
    private readonly string _path;
    private readonly SpoolFile _spool;
    private readonly XmlWriter _suites;
    private int _articles;
    private int _tests;
    private int _failures;
    private int _errors;
    private int _skipped;

    public JUnitReportSession(RunStart run, string outputDirectory)
    {
        (_run, _path) = (run, Path.Combine(outputDirectory, JUnitReportWriter.FileName));
        _spool = new SpoolFile(outputDirectory, JUnitReportWriter.FileName);
        _suites = XmlWriter.Create(_spool.Stream, JUnitReportWriter.Settings);
        _suites.WriteStartDocument();
        _suites.WriteStartElement("testsuites");
    }

    public async Task AddAsync(ArticleResult article, long position, CancellationToken cancellationToken)
    {
        var cases = JUnitCases.For(article, _run.Gate);
        _articles++;
        _tests += cases.Count;
        _failures += cases.Count(c => c.Outcome == JUnitOutcome.Failure);
        _errors += cases.Count(c => c.Outcome == JUnitOutcome.Error);
        _skipped += cases.Count(c => c.Outcome == JUnitOutcome.Skipped);
        JUnitXml.WriteSuite(_suites, _run, article, cases);
        await _suites.FlushAsync().ConfigureAwait(false);
    }

    public async Task CompleteAsync(RunEnd end, CancellationToken cancellationToken)
    {
        _suites.WriteEndElement();
        _suites.WriteEndDocument();
        await _suites.FlushAsync().ConfigureAwait(false);
        var root = await RootAsync(end).ConfigureAwait(false);
        var file = new AtomicFile(_path);
        await using (file.ConfigureAwait(false))
        {
            if (_articles == 0)
            {
                await file.Stream.WriteAsync(root, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // The empty root ends in " />"; with suites it is an open tag followed by the spooled suites.
                var open = root.AsSpan().LastIndexOf(" />"u8);
                await file.Stream.WriteAsync(root.AsMemory(0, open), cancellationToken).ConfigureAwait(false);
                file.Stream.WriteByte((byte)'>');
                await _spool.CopyToAsync(file.Stream, await SuitesStartAsync(cancellationToken).ConfigureAwait(false), cancellationToken)
                    .ConfigureAwait(false);
            }

            await file.CommitAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _suites.DisposeAsync().ConfigureAwait(false);
        await _spool.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>The whole document as it would be without suites: declaration and an empty root with the counts.</summary>
    private async Task<byte[]> RootAsync(RunEnd end)
    {
        using var buffer = new MemoryStream();
        var xml = XmlWriter.Create(buffer, JUnitReportWriter.Settings);
        await using (xml.ConfigureAwait(false))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "TranslationQA");
            xml.WriteAttributeString("tests", _tests.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("failures", _failures.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("errors", _errors.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (_skipped > 0)
            {
                xml.WriteAttributeString("skipped", _skipped.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            xml.WriteAttributeString("time", JUnitXml.Seconds(end.Duration));
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private async Task<long> SuitesStartAsync(CancellationToken cancellationToken)
    {
        var head = new byte[256];
        _spool.Stream.Position = 0;
        var read = await _spool.Stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        return head.AsSpan(0, read).IndexOf(RootTag) + RootTag.Length;
    }
}

using System.Globalization;
using System.Text;
using System.Xml;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Ci;

/// <summary>
/// Writes junit.xml: a testsuite per article; a failing testcase per finding at or above the gate (and one for a
/// score over the limit), one passing case for an article that passes, an error case for an unreadable article.
/// </summary>
public sealed class JUnitReportWriter : IReportWriter
{
    /// <summary>The file name written into the output folder.</summary>
    public const string FileName = "junit.xml";

    /// <inheritdoc />
    public string Format => "junit";

    /// <inheritdoc />
    public async Task WriteAsync(RunReport report, string outputDirectory, CancellationToken cancellationToken)
    {
        var settings = new XmlWriterSettings
        {
            Async = true,
            Indent = true,
            Encoding = new UTF8Encoding(false),
            NewLineChars = "\n",
        };
        var stream = new FileStream(Path.Combine(outputDirectory, FileName), FileMode.Create, FileAccess.Write,
            FileShare.None, 64 * 1024, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            var xml = XmlWriter.Create(stream, settings);
            await using (xml.ConfigureAwait(false))
            {
                var cases = report.Articles.Select(a => (Article: a, Cases: JUnitCases.For(a, report.Gate))).ToList();
                xml.WriteStartDocument();
                xml.WriteStartElement("testsuites");
                xml.WriteAttributeString("name", "TranslationQA");
                Counts(xml, cases.SelectMany(c => c.Cases).ToList());
                xml.WriteAttributeString("time", Seconds(report.Duration));
                foreach (var (article, articleCases) in cases)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    WriteSuite(xml, report, article, articleCases);
                }

                xml.WriteEndElement();
                xml.WriteEndDocument();
                await xml.FlushAsync().ConfigureAwait(false);
            }
        }
    }

    private static void WriteSuite(XmlWriter xml, RunReport report, ArticleResult article, IReadOnlyList<JUnitCase> cases)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", article.Id);
        Counts(xml, cases);
        xml.WriteAttributeString("skipped", "0");
        xml.WriteAttributeString("time", "0");
        xml.WriteAttributeString("timestamp", report.StartedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        xml.WriteStartElement("properties");
        Property(xml, "path", article.Path);
        Property(xml, "verdict", ReportNames.Of(article.Verdict));
        Property(xml, "score", article.Score.ToString("0.##", CultureInfo.InvariantCulture));
        Property(xml, "wordCount", article.WordCount.ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        foreach (var testCase in cases)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("classname", "translationqa." + article.Id);
            xml.WriteAttributeString("name", testCase.Name);
            xml.WriteAttributeString("file", ArtifactPath.Relative(ArtifactPath.FileOf(article), Environment.CurrentDirectory));
            if (testCase.Line is { } line)
            {
                xml.WriteAttributeString("line", line.ToString(CultureInfo.InvariantCulture));
            }

            xml.WriteAttributeString("time", "0");
            if (testCase.Outcome != JUnitOutcome.Pass)
            {
                xml.WriteStartElement(testCase.Outcome == JUnitOutcome.Failure ? "failure" : "error");
                xml.WriteAttributeString("message", testCase.Message);
                xml.WriteAttributeString("type", testCase.Type);
                xml.WriteString(testCase.Details);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Counts(XmlWriter xml, IReadOnlyList<JUnitCase> cases)
    {
        xml.WriteAttributeString("tests", cases.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", cases.Count(c => c.Outcome == JUnitOutcome.Failure).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", cases.Count(c => c.Outcome == JUnitOutcome.Error).ToString(CultureInfo.InvariantCulture));
    }

    private static void Property(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("property");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("value", value);
        xml.WriteEndElement();
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Xml;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Ci;

/// <summary>The elements of junit.xml.</summary>
internal static class JUnitXml
{
    /// <summary>The testsuite of one article with its properties and cases.</summary>
    public static void WriteSuite(XmlWriter xml, RunStart run, ArticleResult article, IReadOnlyList<JUnitCase> cases)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", article.Id);
        Counts(xml, cases);
        xml.WriteAttributeString("skipped", cases.Count(c => c.Outcome == JUnitOutcome.Skipped).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("time", "0");
        xml.WriteAttributeString("timestamp", run.StartedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
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
            xml.WriteAttributeString("file", ArtifactPath.Of(article, Environment.CurrentDirectory).File);
            if (testCase.Line is { } line)
            {
                xml.WriteAttributeString("line", line.ToString(CultureInfo.InvariantCulture));
            }

            xml.WriteAttributeString("time", "0");
            if (testCase.Outcome != JUnitOutcome.Pass)
            {
                xml.WriteStartElement(testCase.Outcome switch
                {
                    JUnitOutcome.Failure => "failure",
                    JUnitOutcome.Skipped => "skipped",
                    _ => "error",
                });
                xml.WriteAttributeString("message", testCase.Message);
                if (testCase.Outcome != JUnitOutcome.Skipped)
                {
                    xml.WriteAttributeString("type", testCase.Type);
                }

                xml.WriteString(testCase.Details);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>The tests, failures and errors attributes of a list of cases.</summary>
    public static void Counts(XmlWriter xml, IReadOnlyList<JUnitCase> cases)
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

    /// <summary>Seconds as JUnit writes them.</summary>
    public static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}

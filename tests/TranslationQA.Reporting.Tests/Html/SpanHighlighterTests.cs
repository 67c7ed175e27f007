using System.Text;
using System.Xml.Linq;
using TranslationQA.Core.Model;
using TranslationQA.Reporting.Html;

namespace TranslationQA.Reporting.Tests.Html;

[TestClass]
public sealed class SpanHighlighterTests
{
    private const string Text = "Sie schickten 14 weitere Fahrzeuge <b>sofort</b> los.";

    [TestMethod]
    [DataRow("14 weitere", "weitere Fahrzeuge", DisplayName = "partial overlap")]
    [DataRow("14 weitere Fahrzeuge", "weitere", DisplayName = "nested")]
    [DataRow("Fahrzeuge", "Fahrzeuge", DisplayName = "identical")]
    [DataRow("schickten", "Fahrzeuge", DisplayName = "disjoint")]
    public void Append_WhenSpansOverlap_MarkupIsWellFormedAndTextIntact(string first, string second)
    {
        var findings = new[] { At(first, Severity.Minor), At(second, Severity.Critical) };
        var html = Render(findings, 0, Text.Length);

        var root = XElement.Parse($"<root>{html}</root>");
        Assert.AreEqual(Text, string.Concat(root.DescendantNodes().OfType<XText>().Where(t => t.Parent!.Name != "a").Select(t => t.Value)));
        Assert.HasCount(1, root.Descendants("mark").Where(m => (string?)m.Attribute("id") == "mark-1"));
        Assert.HasCount(1, root.Descendants("mark").Where(m => (string?)m.Attribute("id") == "mark-2"));
        Assert.AreEqual(second, string.Concat(root.Descendants("mark").Where(m => (string?)m.Attribute("data-finding") == "2").Select(m => m.Value)));
        Assert.AreEqual(first, string.Concat(root.Descendants("mark").Where(m => (string?)m.Attribute("data-finding") == "1").Select(m => m.Value)));
    }

    [TestMethod]
    public void Append_WhenTextHasMarkup_EncodesItInsideTheMark()
    {
        var html = Render([At("<b>sofort</b>", Severity.Major)], 0, Text.Length);

        StringAssert.Contains(html, "&lt;b&gt;sofort&lt;/b&gt;</mark>");
        Assert.DoesNotContain("<b>", html);
    }

    [TestMethod]
    public void Append_WhenSpanCrossesTwoSlices_AnchorsOnceAndLinksBackOnce()
    {
        var finding = At("weitere Fahrzeuge", Severity.Major);
        var highlighter = new SpanHighlighter(Text, [finding]);
        var html = new StringBuilder();
        var split = Text.IndexOf("Fahrzeuge", StringComparison.Ordinal);

        highlighter.Append(html, 0, split);
        highlighter.Append(html, split, Text.Length);

        var output = html.ToString();
        Assert.AreEqual(1, Count(output, "id=\"mark-1\""));
        Assert.AreEqual(1, Count(output, "href=\"#finding-1\""));
        Assert.AreEqual(2, Count(output, "<mark "));
        Assert.IsTrue(highlighter.IsAnchored(1));
    }

    [TestMethod]
    public void Append_WhenFindingHasNoLength_LeavesTextUnmarked()
    {
        var html = Render([At("14", Severity.Major) with { Span = new TextSpan(14, 0, 1, 15) }], 0, Text.Length);

        Assert.DoesNotContain("<mark", html);
    }

    private static string Render(IReadOnlyList<Finding> findings, int start, int end)
    {
        var html = new StringBuilder();
        new SpanHighlighter(Text, findings).Append(html, start, end);
        return html.ToString();
    }

    private static Finding At(string part, Severity severity)
    {
        var offset = Text.IndexOf(part, StringComparison.Ordinal);
        return new Finding("TQA900", "Accuracy/Mistranslation", severity, new TextSpan(offset, part.Length, 1, offset + 1), part, null, null, "msg");
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}

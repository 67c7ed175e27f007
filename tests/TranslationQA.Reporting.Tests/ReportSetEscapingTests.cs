using System.Text.Json;
using System.Text.RegularExpressions;
using TranslationQA.Core.Model;
using TranslationQA.Reporting.Html;
using TranslationQA.Reporting.Tests.Support;

namespace TranslationQA.Reporting.Tests;

/// <summary>Article text that tries to end a script block or a JSON string comes out of every format as data.</summary>
[TestClass]
public sealed partial class ReportSetEscapingTests
{
    private const string Hostile = "</script><script>alert(1)</script>";
    private const string Id = "quote\" " + Hostile;
    private const string Message = "Copied \"" + Hostile + "\"\u2028from the source.";
    private const string Sentence = "Er schrieb „" + Hostile + "\" und\u2028ging.";

    [TestMethod]
    [DataRow("report.json")]
    [DataRow("report.sarif")]
    public async Task WriteAsync_WhenTextHasScriptEndQuoteAndLineSeparator_JsonIsValidAndEscapesThem(string file)
    {
        var text = (await WriteAsync(file))[0];

        Assert.DoesNotContain("</script", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<", text, "every '<' is escaped, so no tag can open or close");
        Assert.DoesNotContain("\u2028", text, "U+2028 ends a line in older JavaScript");
        using var json = JsonDocument.Parse(text);
        var strings = Strings(json.RootElement).ToHashSet();
        Assert.Contains(Hostile, strings, "the text survives the escaping unchanged");
        Assert.Contains(Message, strings);
    }

    [TestMethod]
    public async Task WriteAsync_WhenTextHasScriptEndQuoteAndLineSeparator_HtmlEncodesThem()
    {
        var pages = new[] { "index.html", $"articles/{SafeId.For(Id)}.html" };
        var written = await WriteAsync(pages);

        for (var i = 0; i < pages.Length; i++)
        {
            Assert.DoesNotContain(Hostile, written[i], pages[i]);
            StringAssert.Contains(written[i], "quote&quot; &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;", pages[i]);
            Assert.HasCount(1, ScriptTag().Matches(written[i]), $"{pages[i]}: only the report's own script.");
        }

        StringAssert.Contains(written[1], "Copied &quot;&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;\u2028from the source.");
    }

    /// <summary>Writes every format for a run of the one hostile article and returns the text of <paramref name="files"/>.</summary>
    private static async Task<string[]> WriteAsync(params string[] files)
    {
        var article = new ArticleBuilder(Id)
            .Source("He wrote \"" + Hostile + "\" and left.")
            .Target((Sentence, "He wrote „" + Hostile + "\" and\u2028went."))
            .Pair([0], [0], 0.9)
            .Finding(Hostile, "TQA002", "Accuracy/Untranslated", Severity.Major, Message, source: Hostile, back: Hostile)
            .Build(QualityGate.Default, lexicalGloss: false);
        using var temp = new TempDir();
        var failures = await new ReportSet(ReportWriters.All(FixedTime.Default))
            .WriteAsync(SampleReports.Create() with { Articles = [article] }, temp.Path, CancellationToken.None);
        Assert.IsEmpty(failures, string.Join("; ", failures));
        return await Task.WhenAll(files.Select(f => File.ReadAllTextAsync(Path.Combine(temp.Path, f))));
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    [GeneratedRegex("<script", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();
}

using System.Text.Json;
using System.Text.RegularExpressions;

namespace TranslationQA.Cli.Tests;

/// <summary>
/// The real tool on JSONL from a file and from standard input: console lines in MSBuild form point at the JSONL line,
/// SARIF at the file relative to the working folder with the line as region.
/// </summary>
[TestClass]
public sealed partial class ArticleLocationRunTests
{
    // Written for this test: a space before a comma at column 29 of the target.
    private static readonly string Ferry = Line("ferry", "Die Fähre fährt wieder , sagte der Hafenmeister am Morgen.");
    private static readonly string Bakery = Line("bakery", "Die Bäckerei am Markt öffnet im Herbst wieder.");

    private string _root = null!;

    [TestInitialize]
    public void Setup()
    {
        _root = Path.Combine(Path.GetTempPath(), "tqa-where-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_root, "in"));
    }

    [TestCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [TestMethod]
    public async Task Check_WhenAJsonlArticleHasAFinding_TheConsoleAndSarifPointAtItsLineOfTheFile()
    {
        await File.WriteAllTextAsync(Path.Combine(_root, "in", "articles.jsonl"), $"{Bakery}\n\n{Ferry}\n");

        var result = await CliProcess.RunWithInputAsync(_root, "", "check", "in/articles.jsonl", "--out", "out", "-f", "sarif,json");

        Assert.AreEqual(ExitCodes.Passed, result.ExitCode, result.ToString());
        var line = result.Stdout.Split('\n').Single(l => l.Contains("TQA020", StringComparison.Ordinal));
        Assert.AreEqual("in/articles.jsonl(3,1): warning TQA020: minor: Space before \",\". \" ,\" [ferry, target line 1, column 23]", line);
        Assert.IsTrue(MsBuildCanonical().IsMatch(line), line);

        using var sarif = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_root, "out", "report.sarif")));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var result0 = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "TQA020");
        var location = result0.GetProperty("locations")[0].GetProperty("physicalLocation");
        var artifact = location.GetProperty("artifactLocation");
        Assert.AreEqual("in/articles.jsonl", artifact.GetProperty("uri").GetString());
        Assert.AreEqual("SRCROOT", artifact.GetProperty("uriBaseId").GetString());
        var baseUri = run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString()!;
        Assert.IsTrue(File.Exists(new Uri(new Uri(baseUri), "in/articles.jsonl").LocalPath), $"{baseUri} + in/articles.jsonl names the input");
        Assert.AreEqual(3, location.GetProperty("region").GetProperty("startLine").GetInt32());
        var properties = result0.GetProperty("properties");
        Assert.AreEqual("ferry", properties.GetProperty("articleId").GetString());
        Assert.AreEqual(1, properties.GetProperty("targetLine").GetInt32());
        Assert.AreEqual(23, properties.GetProperty("targetColumn").GetInt32());
    }

    [TestMethod]
    public async Task Check_WhenTheInputIsStandardInput_ReadsItAsJsonlAndNamesItStdin()
    {
        var tooLong = Line("long", "Ein sehr langer Artikel. " + string.Concat(Enumerable.Repeat("Noch ein Satz über den Hafen. ", 20)));

        var result = await CliProcess.RunWithInputAsync(_root, $"{Ferry}\n{tooLong}\nnot json\n{Bakery}\n",
            "check", "-", "--out", "out", "-f", "sarif,json", "--max-article-size", "300");

        Assert.AreEqual(ExitCodes.Error, result.ExitCode, "two lines could not be read\n" + result);
        StringAssert.Contains(result.Stdout, "<stdin>(1,1): warning TQA020: minor:");
        StringAssert.Contains(result.Stdout, "<stdin>(2,1): error TQA000: <stdin>:2: the line is ");
        StringAssert.Contains(result.Stdout, "<stdin>(3,1): error TQA000: <stdin>:3: invalid JSON");
        Assert.DoesNotContain(Path.GetTempPath(), result.Stdout + result.Stderr, "the temporary copy is never named");
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_root, "out", "report.json")));
        var articles = report.RootElement.GetProperty("articles").EnumerateArray().ToList();
        CollectionAssert.AreEqual(new[] { "pass", "error", "error", "pass" }, articles.Select(a => a.GetProperty("verdict").GetString()).ToList());
        Assert.AreEqual("<stdin>:4", articles[3].GetProperty("path").GetString());
        using var sarif = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_root, "out", "report.sarif")));
        var artifact = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0]
            .GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.AreEqual("standard input", artifact.GetProperty("description").GetProperty("text").GetString());
    }

    private static string Line(string id, string target) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["sourceLang"] = "en", ["target"] = target });

    /// <summary>MSBuild's canonical error form: origin(line,col): error|warning CODE: text.</summary>
    [GeneratedRegex(@"^(?<origin>[^(:]+)\((?<line>\d+),(?<column>\d+)\): (?<category>error|warning) (?<code>TQA\d{3}): (?<text>.+)$")]
    private static partial Regex MsBuildCanonical();
}

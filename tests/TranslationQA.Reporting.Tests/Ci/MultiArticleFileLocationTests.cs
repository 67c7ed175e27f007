using System.Text.Json;
using System.Text.RegularExpressions;
using TranslationQA.Core.Model;
using TranslationQA.Reporting.Ci;
using TranslationQA.Reporting.Tests.Support;

namespace TranslationQA.Reporting.Tests.Ci;

/// <summary>An article on a line of a JSONL file (or of standard input): console lines and SARIF point at that line.</summary>
[TestClass]
public sealed partial class MultiArticleFileLocationTests
{
    [TestMethod]
    public void Lines_WhenTheArticleIsALineOfAJsonlFile_PointAtTheLineAndNameTheTargetLineAndColumn()
    {
        var lines = ConsoleFormatter.Lines(OnLine(Wire(), "feeds/wire.jsonl:12"), QualityGate.Default, "/nowhere").ToList();
        var broken = ConsoleFormatter.Lines(ArticleResult.Failed("x", "feeds/wire.jsonl:4", "feeds/wire.jsonl:4: invalid JSON"), QualityGate.Default, "/nowhere");

        Assert.Contains("feeds/wire.jsonl(12,1): error TQA005: critical: The source says Poland did not sign; "
            + "the German says it signed. \"unterzeichnete\" [wire-ukraine-talks, target line 3, column 7]", lines);
        StringAssert.StartsWith(broken.Single(), "feeds/wire.jsonl(4,1): error TQA000: ");
        foreach (var line in lines.Concat(broken))
        {
            Assert.IsTrue(MsBuildCanonical().IsMatch(line), line);
        }
    }

    [TestMethod]
    public async Task Write_WhenArticlesAreLinesOfAFileOrFolders_UrisAreRelativeToTheWorkingFolderWithTheJsonlLineAsRegion()
    {
        using var temp = new TempDir();
        var wire = Wire();
        var folder = wire with { Id = "folder", Path = Path.Combine(temp.Path, "in", "folder") };
        folder = folder with { Analysis = folder.Analysis! with { Article = folder.Analysis.Article with { TargetPath = Path.Combine(temp.Path, "in", "folder", "target.de.txt") } } };
        var report = SampleReports.Create() with
        {
            Articles = [OnLine(wire, Path.Combine(temp.Path, "feeds", "wire.jsonl:12")), folder, OnLine(wire with { Id = "piped" }, "<stdin>:2")],
        };

        await new SarifReportWriter(temp.Path).WriteAsync(report, temp.Path, CancellationToken.None);

        using var sarif = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(temp.Path, SarifReportWriter.FileName)));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var baseUri = run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString()!;
        StringAssert.StartsWith(baseUri, "file:///");
        StringAssert.EndsWith(baseUri, "/");
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var fromJsonl = results.First(r => r.GetProperty("properties").GetProperty("articleId").GetString() == "wire-ukraine-talks"
            && r.GetProperty("ruleId").GetString() == "TQA005");
        var location = fromJsonl.GetProperty("locations")[0].GetProperty("physicalLocation");
        var artifact = location.GetProperty("artifactLocation");
        Assert.AreEqual("feeds/wire.jsonl", artifact.GetProperty("uri").GetString());
        Assert.AreEqual("SRCROOT", artifact.GetProperty("uriBaseId").GetString());
        Assert.AreEqual(Path.Combine(temp.Path, "feeds", "wire.jsonl"), new Uri(new Uri(baseUri), artifact.GetProperty("uri").GetString()).LocalPath);
        Assert.AreEqual(12, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.AreEqual(1, location.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.AreEqual(3, fromJsonl.GetProperty("properties").GetProperty("targetLine").GetInt32());
        Assert.AreEqual(7, fromJsonl.GetProperty("properties").GetProperty("targetColumn").GetInt32());
        StringAssert.Contains(fromJsonl.GetProperty("message").GetProperty("text").GetString(), "(article wire-ukraine-talks, target line 3, column 7)");

        var folderResult = results.First(r => r.GetProperty("properties").GetProperty("articleId").GetString() == "folder");
        var fromFolder = folderResult.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.AreEqual("in/folder/target.de.txt", fromFolder.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.AreEqual("SRCROOT", fromFolder.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.AreEqual(folderResult.GetProperty("properties").GetProperty("targetLine").GetInt32(),
            fromFolder.GetProperty("region").GetProperty("startLine").GetInt32(), "a folder article's region is in its own file");

        var piped = results.First(r => r.GetProperty("properties").GetProperty("articleId").GetString() == "piped")
            .GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.IsFalse(piped.GetProperty("artifactLocation").TryGetProperty("uri", out _), "standard input has no URI");
        Assert.AreEqual("standard input", piped.GetProperty("artifactLocation").GetProperty("description").GetProperty("text").GetString());
        Assert.AreEqual(2, piped.GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [TestMethod]
    public async Task Write_WhenAFileIsOutsideTheWorkingFolder_ItsUriIsAbsoluteWithoutBase()
    {
        using var temp = new TempDir();
        var report = SampleReports.Create() with { Articles = [OnLine(Wire(), "/elsewhere/wire.jsonl:5")] };

        await new SarifReportWriter(temp.Path).WriteAsync(report, temp.Path, CancellationToken.None);

        using var sarif = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(temp.Path, SarifReportWriter.FileName)));
        var artifact = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0]
            .GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.AreEqual("file:///elsewhere/wire.jsonl", artifact.GetProperty("uri").GetString());
        Assert.IsFalse(artifact.TryGetProperty("uriBaseId", out _));
    }

    private static ArticleResult Wire() => SampleReports.Create().Articles.Single(a => a.Id == "wire-ukraine-talks");

    private static ArticleResult OnLine(ArticleResult article, string location) =>
        article with { Path = location, Analysis = article.Analysis! with { Article = article.Analysis.Article with { TargetPath = location } } };

    /// <summary>MSBuild's canonical error form: origin(line,col): error|warning CODE: text.</summary>
    [GeneratedRegex(@"^(?<origin>[^(:]+(\.[a-z]+)?)\((?<line>\d+),(?<column>\d+)\): (?<category>error|warning) (?<code>TQA\d{3}): (?<text>.+)$")]
    private static partial Regex MsBuildCanonical();
}

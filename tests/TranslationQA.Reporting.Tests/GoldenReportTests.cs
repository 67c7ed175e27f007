using TranslationQA.Reporting.Ci;
using TranslationQA.Reporting.Tests.Support;

namespace TranslationQA.Reporting.Tests;

/// <summary>Every format written from the hand-made run must equal its golden file under fixtures/golden.</summary>
[TestClass]
public sealed class GoldenReportTests
{
    [TestMethod]
    public async Task WriteAsync_WhenSampleRun_EveryFileMatchesItsGolden()
    {
        using var temp = new TempDir();
        var failures = await new ReportSet(ReportWriters.All(FixedTime.Default))
            .WriteAsync(SampleReports.Create(), temp.Path, CancellationToken.None);
        Assert.IsEmpty(failures, string.Join("; ", failures));

        var written = Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(temp.Path, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        foreach (var file in written)
        {
            // SARIF names the working folder as the base of its URIs; the golden file cannot know where the tests run.
            var text = await File.ReadAllTextAsync(Path.Combine(temp.Path, file));
            Golden.AssertMatches(file, text.Replace(ArtifactPath.BaseUri(Environment.CurrentDirectory), "file:///working-folder/", StringComparison.Ordinal));
        }

        Golden.AssertMatches("console.txt", string.Join('\n', ConsoleFormatter.Lines(SampleReports.Create(), temp.Path)) + "\n");
        if (!Golden.Updating)
        {
            var goldens = Directory.GetFiles(Golden.Directory, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Golden.Directory, f).Replace('\\', '/'))
                .Where(f => f != "console.txt").Order(StringComparer.Ordinal).ToList();
            CollectionAssert.AreEqual(goldens, written, "A golden file has no output or an output has no golden file.");
        }
    }

    [TestMethod]
    public void UnifiedDiff_WhenOneLineChanged_ShowsMinusAndPlusLines()
    {
        var diff = Golden.UnifiedDiff("a\nb\nc\n", "a\nB\nc\n");

        StringAssert.Contains(diff, "- ");
        StringAssert.Contains(diff, "b");
        StringAssert.Contains(diff, "B");
        Assert.IsTrue(diff.Split('\n').Any(l => l.StartsWith('+') && l.EndsWith('B')), diff);
        Assert.IsTrue(diff.Split('\n').Any(l => l.StartsWith('-') && l.EndsWith('b') && !l.StartsWith("---")), diff);
    }
}

using TranslationQA.Reporting.Ci;
using TranslationQA.Reporting.Tests.Support;

namespace TranslationQA.Reporting.Tests.Ci;

[TestClass]
public sealed class ConsoleFormatterTests
{
    [TestMethod]
    public void Lines_WhenSampleRun_UsesMsBuildFormWithGateDecidingErrorOrWarning()
    {
        var lines = ConsoleFormatter.Lines(SampleReports.Create(), "/nowhere").ToList();

        Assert.Contains("samples/wire-ukraine-talks/target.de.txt(3,7): error TQA005: critical: The source says Poland did not sign; "
            + "the German says it signed. \"unterzeichnete\" [wire-ukraine-talks]", lines);
        Assert.IsTrue(lines.Any(l => l.StartsWith("samples/wire-ukraine-talks/target.de.txt(4,1): warning TQA004: minor:", StringComparison.Ordinal)));
        Assert.IsTrue(lines.Any(l => l.StartsWith("samples/broken-file/target.de.txt: error TQA000:", StringComparison.Ordinal)));
        Assert.HasCount(9, lines);
    }

    [TestMethod]
    public void Relative_WhenPathUnderBase_ReturnsForwardSlashRelativePath()
    {
        var root = Path.GetTempPath();

        Assert.AreEqual("a/b.txt", ArtifactPath.Relative(Path.Combine(root, "a", "b.txt"), root));
    }
}

using TranslationQA.Cli.Progress;
using TranslationQA.Core.Model;

namespace TranslationQA.Cli.Tests;

[TestClass]
public sealed class CheckRunnerTests
{
    [TestMethod]
    [DataRow(false, 5L)]
    [DataRow(true, null)]
    public async Task RunAsync_WhenQuietOrNot_ShowsProgressOnlyWhenNotQuietAndCountsTheArticles(bool quiet, long? expectedTotal)
    {
        long? total = null;
        var output = Path.Combine(Path.GetTempPath(), "tqa-runner-" + Guid.NewGuid().ToString("N"));
        var runner = new CheckRunner(new StringWriter(), new StringWriter(), TimeProvider.System, t =>
        {
            total = t;
            return NoProgress.Instance;
        });

        var exit = await runner.RunAsync(Settings(output, quiet), CancellationToken.None);

        Assert.AreEqual(ExitCodes.GateFailed, exit);
        Assert.AreEqual(expectedTotal, total);
        Directory.Delete(output, recursive: true);
    }

    private static CheckSettings Settings(string output, bool quiet) => new(
        [CliProcess.FixturePath("articles")], output, ["json"], "offline", QualityGate.Default, "en",
        new EngineSettings(null, null, null, NoCache: true, MaxConcurrency: 4, TrapsFile: null), quiet);
}

using TranslationQA.Cli.Configuration;

namespace TranslationQA.Cli.Tests.Configuration;

/// <summary>The real tool, run in a folder that holds a <c>translationqa.json</c>.</summary>
[TestClass]
public sealed class ConfigFileRunTests
{
    [TestMethod]
    public async Task Check_WhenConfigInWorkingFolder_RunsWithItsGateFormatsAndOutput()
    {
        using var folder = new ConfigFolder();
        folder.Write(ConfigFile.DefaultName, """{"failOn": "none", "format": ["json"], "out": "qa-reports", "quiet": true}""");

        using var run = CliProcess.StartIn(folder.Path, new Dictionary<string, string?>(), "check", CliProcess.FixturePath("articles"));
        var result = await run.WaitAsync(TimeSpan.FromMinutes(5));

        Assert.AreEqual(ExitCodes.Passed, result.ExitCode, "failOn none passes the seed articles, which fail the default gate\n" + result);
        // The one format asked for, and the manifest every run keeps of the files it wrote.
        CollectionAssert.AreEquivalent(new[] { "report.json", Reporting.OutputManifest.FileName },
            Directory.GetFiles(Path.Combine(folder.Path, "qa-reports")).Select(Path.GetFileName).ToArray());
    }

    [TestMethod]
    public async Task Check_WhenConfigHasAnUnknownKey_ExitsWith2BeforeAnyWork()
    {
        using var folder = new ConfigFolder();
        folder.Write(ConfigFile.DefaultName, """{"failon": "major"}""");

        using var run = CliProcess.StartIn(folder.Path, new Dictionary<string, string?>(), "check", CliProcess.FixturePath("articles"));
        var result = await run.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, "error: translationqa.json: unknown key \"failon\"; did you mean \"failOn\"?");
        Assert.IsFalse(Directory.Exists(Path.Combine(folder.Path, "reports")), "no report is written");
        Assert.DoesNotContain("   at ", result.Stderr, "no stack trace for a user error");
    }
}

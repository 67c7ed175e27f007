namespace TranslationQA.Cli.Tests;

[TestClass]
public sealed class EngineOptionsTests
{
    [TestMethod]
    public async Task Check_WhenAzureKeyIsNotSet_SaysWhichVariableToSetAndExitsWithError()
    {
        var environment = new Dictionary<string, string?> { ["AZURE_TRANSLATOR_KEY"] = null };

        var result = await CliProcess.RunAsync(environment, "check", CliProcess.FixturePath("articles"), "--engine", "azure",
            "--out", Path.Combine(Path.GetTempPath(), "tqa-" + Guid.NewGuid().ToString("N")));

        Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, "AZURE_TRANSLATOR_KEY");
        Assert.DoesNotContain("   at ", result.Stderr, "no stack trace for a configuration error");
    }

    [TestMethod]
    public async Task Check_WhenEngineIsUnknown_RejectsItBeforeReadingAnything()
    {
        var result = await CliProcess.RunAsync("check", CliProcess.FixturePath("articles"), "--engine", "deepl");

        Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, "deepl");
        StringAssert.Contains(result.Stderr, "--help");
    }

    [TestMethod]
    public async Task Check_WhenTrapsFileIsMissingOrMalformed_NamesItWithoutAStackTrace()
    {
        var malformed = Path.GetTempFileName();
        await File.WriteAllTextAsync(malformed, "en\tcall\tberufung\n");

        foreach (var (file, expected) in new[] { ("/no/such/traps.tsv", "Could not find"), (malformed, "needs 9 tab-separated columns") })
        {
            var result = await CliProcess.RunAsync("check", CliProcess.FixturePath("articles"), "--traps", file, "--format", "json",
                "--out", Path.Combine(Path.GetTempPath(), "tqa-" + Guid.NewGuid().ToString("N")));

            Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
            StringAssert.Contains(result.Stderr, $"--traps {file}");
            StringAssert.Contains(result.Stderr, expected);
            Assert.DoesNotContain("   at ", result.Stderr);
        }

        File.Delete(malformed);
    }
}

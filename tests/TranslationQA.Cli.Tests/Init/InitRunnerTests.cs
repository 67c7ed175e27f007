using TranslationQA.Cli.Configuration;
using TranslationQA.Cli.Init;
using TranslationQA.Cli.Tests.Configuration;

namespace TranslationQA.Cli.Tests.Init;

[TestClass]
public sealed class InitRunnerTests
{
    private static string Docs(string name) => File.ReadAllText(Path.Combine(CliProcess.RepositoryRoot, "docs", "ci", name));

    [TestMethod]
    [DataRow("github", ".github/workflows/translationqa.yml")]
    [DataRow("gitlab", ".gitlab-ci.yml")]
    [DataRow("azure", "azure-pipelines.yml")]
    public void Run_WhenFolderIsEmpty_WritesAConfigThatLoadsAndTheDocumentedCiDefinition(string ci, string destination)
    {
        using var folder = new ConfigFolder();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = new InitRunner(stdout, stderr).Run(folder.Path, ci);

        Assert.AreEqual(ExitCodes.Passed, code, stderr.ToString());
        Assert.AreEqual(Docs(StarterFiles.Ci[ci].DocsName), File.ReadAllText(Path.Combine(folder.Path, destination)));
        Assert.AreEqual(Docs("translationqa.json"), File.ReadAllText(Path.Combine(folder.Path, ConfigFile.DefaultName)));
        StringAssert.Contains(stdout.ToString(), "Wrote " + Path.Combine(destination.Split('/')));
        var (result, errors) = ConfiguredParse.Parse(CommandLine.Build(), ["check", "articles"], folder.Path);
        Assert.IsEmpty(errors, string.Join("\n", errors));
        Assert.IsTrue(result.GetResult(result.CommandResult.Command.Options.Single(o => o.Name == "--format")) is { Implicit: false },
            "the starter config's settings reach the check");
    }

    [TestMethod]
    public void Run_WithoutCi_WritesOnlyTheConfig()
    {
        using var folder = new ConfigFolder();

        var code = new InitRunner(TextWriter.Null, TextWriter.Null).Run(folder.Path, null);

        Assert.AreEqual(ExitCodes.Passed, code);
        CollectionAssert.AreEqual(new[] { ConfigFile.DefaultName },
            Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName).ToArray());
    }

    [TestMethod]
    public void Run_WhenTheCiDefinitionExists_Exits2NamingItAndWritesNothing()
    {
        using var folder = new ConfigFolder();
        var existing = folder.Write(".gitlab-ci.yml", "stages: [build]\n");
        using var stderr = new StringWriter();

        var code = new InitRunner(TextWriter.Null, stderr).Run(folder.Path, "gitlab");

        Assert.AreEqual(ExitCodes.Error, code);
        StringAssert.Contains(stderr.ToString(), "error: .gitlab-ci.yml already exists");
        Assert.AreEqual("stages: [build]\n", File.ReadAllText(existing), "the existing file is left as it was");
        Assert.IsFalse(File.Exists(Path.Combine(folder.Path, ConfigFile.DefaultName)), "nothing is written, not even the config");
    }

    [TestMethod]
    public async Task Init_RunTwiceInOneFolder_WritesThenRefuses()
    {
        using var folder = new ConfigFolder();

        using (var first = CliProcess.StartIn(folder.Path, new Dictionary<string, string?>(), "init", "--ci", "azure"))
        {
            var result = await first.WaitAsync(TimeSpan.FromMinutes(1));
            Assert.AreEqual(ExitCodes.Passed, result.ExitCode, result.ToString());
        }

        File.WriteAllText(Path.Combine(folder.Path, ConfigFile.DefaultName), """{"failOn": "major"}""");
        using var second = CliProcess.StartIn(folder.Path, new Dictionary<string, string?>(), "init", "--ci", "azure");
        var again = await second.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.AreEqual(ExitCodes.Error, again.ExitCode, again.ToString());
        StringAssert.Contains(again.Stderr, "error: translationqa.json already exists");
        StringAssert.Contains(again.Stderr, "error: azure-pipelines.yml already exists");
        Assert.AreEqual("""{"failOn": "major"}""", File.ReadAllText(Path.Combine(folder.Path, ConfigFile.DefaultName)));
    }
}

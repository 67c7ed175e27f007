using System.Text.RegularExpressions;

namespace TranslationQA.Cli.Tests;

/// <summary>The README promises things the code must keep: the rule table and the commands of the Quick start.</summary>
[TestClass]
public sealed partial class ReadmeTests
{
    private static string Readme => File.ReadAllText(Path.Combine(CliProcess.RepositoryRoot, "README.md"));

    [GeneratedRegex("```bash\\n(.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex BashBlock();

    [TestMethod]
    public async Task RuleTable_IsWhatTheRulesCommandPrints()
    {
        var result = await CliProcess.RunAsync("rules", "--markdown");
        var readme = Readme;
        var start = readme.IndexOf("<!-- rules:start -->\n", StringComparison.Ordinal) + "<!-- rules:start -->\n".Length;
        var end = readme.IndexOf("<!-- rules:end -->", StringComparison.Ordinal);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual(result.Stdout, readme[start..end], "run 'translationqa rules --markdown' and paste it into the README");
    }

    [TestMethod]
    public void QuickStart_InstallsDataAndChecksTheFixtures_ThenRunsTheTestCommandThatCiRuns()
    {
        var blocks = BashBlock().Matches(Readme).Select(m => m.Groups[1].Value).ToList();
        var ci = File.ReadAllText(Path.Combine(CliProcess.RepositoryRoot, ".ci", "run"));

        StringAssert.Contains(blocks[0], "eng/install-deps.sh");
        StringAssert.Contains(blocks[0], "check fixtures/articles");
        StringAssert.Contains(ci, blocks[1] + "\n");
    }
}

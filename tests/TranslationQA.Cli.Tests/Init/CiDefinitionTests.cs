using System.Text.Json;
using System.Text.RegularExpressions;
using TranslationQA.Cli.Configuration;
using TranslationQA.Cli.Init;
using TranslationQA.Cli.Tests.Configuration;
using TranslationQA.Reporting.Ci;
using TranslationQA.Reporting.Html;
using YamlDotNet.RepresentationModel;

namespace TranslationQA.Cli.Tests.Init;

/// <summary>
/// The CI definitions of docs/ci, parsed as YAML: the command they run is a valid <c>check</c> with the starter config,
/// and what they upload is what that check writes (file names from the report writers).
/// </summary>
[TestClass]
public sealed class CiDefinitionTests
{
    private const string ToolPrefix = "dotnet run -c Release --project src/TranslationQA.Cli -- ";

    private static YamlMappingNode Load(string platform)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(StarterFiles.Ci[platform].Text));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlNode At(YamlNode node, params string[] keys) =>
        keys.Aggregate(node, (n, key) => ((YamlMappingNode)n).Children[new YamlScalarNode(key)]);

    private static string Text(YamlNode node, params string[] keys) => ((YamlScalarNode)At(node, keys)).Value!;

    private static IEnumerable<YamlMappingNode> Items(YamlNode node, params string[] keys) => ((YamlSequenceNode)At(node, keys)).Cast<YamlMappingNode>();

    private static bool Has(YamlMappingNode node, string key) => node.Children.ContainsKey(new YamlScalarNode(key));

    /// <summary>The output folder and formats of the check command in <paramref name="script"/>, run beside the starter config.</summary>
    private static (string Out, string[] Formats) Check(string script)
    {
        var line = script.Split('\n').Single(l => l.Contains(" -- check ", StringComparison.Ordinal)).Trim();
        StringAssert.StartsWith(line, ToolPrefix, "the tool is run from this repository's source");
        Assert.IsTrue(File.Exists(Path.Combine(CliProcess.RepositoryRoot, "src", "TranslationQA.Cli", "TranslationQA.Cli.csproj")));
        var args = line[ToolPrefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.IsFalse(args.Any(a => a.Contains('"') || a.Contains('\'') || a.Contains('$')), "plain words, so that this split is the shell's");

        using var folder = new ConfigFolder();
        folder.Write(ConfigFile.DefaultName, StarterFiles.Config.Text);
        var (result, errors) = ConfiguredParse.Parse(CommandLine.Build(), args, folder.Path);
        Assert.IsEmpty(errors, $"{line}: {string.Join("\n", errors)}");
        Assert.AreEqual("check", result.CommandResult.Command.Name);
        var output = result.GetValue<string>("--out")!;
        Assert.IsFalse(Path.IsPathRooted(output), "the reports are written inside the checkout");
        return (output.Replace('\\', '/').TrimEnd('/'), result.GetValue<string[]>("--format")!);
    }

    [TestMethod]
    [DataRow("github")]
    [DataRow("gitlab")]
    [DataRow("azure")]
    public void Definition_IsTheFileInDocsCi(string platform)
    {
        var docs = File.ReadAllText(Path.Combine(CliProcess.RepositoryRoot, "docs", "ci", StarterFiles.Ci[platform].DocsName));

        Assert.AreEqual(docs, StarterFiles.Ci[platform].Text);
    }

    [TestMethod]
    public void GitHub_UploadsWhatTheCheckWritesEvenWhenTheGateFails()
    {
        var steps = Items(Load("github"), "jobs", "check", "steps").ToList();
        var check = steps.Single(s => Has(s, "run") && Text(s, "run").Contains(" -- check ", StringComparison.Ordinal));
        var (output, formats) = Check(Text(check, "run"));
        var after = steps.Skip(steps.IndexOf(check) + 1).ToList();

        CollectionAssert.IsSubsetOf(new[] { "html", "sarif", "md" }, formats);
        Assert.IsTrue(after.All(s => Has(s, "if") && Text(s, "if").StartsWith("always()", StringComparison.Ordinal)), "every later step runs when the gate fails");
        var summary = after.Single(s => Has(s, "run"));
        Assert.AreEqual($"cat {output}/{MarkdownSummaryWriter.FileName} >> \"$GITHUB_STEP_SUMMARY\"", Text(summary, "run"));
        StringAssert.Contains(Text(summary, "if"), $"hashFiles('{output}/{MarkdownSummaryWriter.FileName}')");
        var sarif = after.Single(s => Has(s, "uses") && Text(s, "uses").StartsWith("github/codeql-action/upload-sarif@", StringComparison.Ordinal));
        Assert.AreEqual($"{output}/{SarifReportWriter.FileName}", Text(sarif, "with", "sarif_file"));
        var artifact = after.Single(s => Has(s, "uses") && Text(s, "uses").StartsWith("actions/upload-artifact@", StringComparison.Ordinal));
        Assert.AreEqual($"{output}/", Text(artifact, "with", "path"));
        Assert.AreEqual("write", Text(Load("github"), "permissions", "security-events"), "code scanning needs it");
    }

    [TestMethod]
    public void GitHub_ProblemMatcherAnnotatesEveryConsoleLine()
    {
        var steps = Items(Load("github"), "jobs", "check", "steps").ToList();
        var annotate = steps.Single(s => Has(s, "run") && Text(s, "run").Contains("::add-matcher::", StringComparison.Ordinal));
        Assert.IsLessThan(steps.FindIndex(s => Has(s, "run") && Text(s, "run").Contains(" -- check ", StringComparison.Ordinal)), steps.IndexOf(annotate),
            "the matcher is added before the check prints");
        var script = Text(annotate, "run");
        var json = script[(script.IndexOf("<<'EOF'\n", StringComparison.Ordinal) + 8)..script.IndexOf("\nEOF\n", StringComparison.Ordinal)];
        using var matcher = JsonDocument.Parse(json);
        var pattern = matcher.RootElement.GetProperty("problemMatcher")[0].GetProperty("pattern")[0];
        var regex = new Regex(pattern.GetProperty("regexp").GetString()!);
        string Group(Match m, string name) => m.Groups[pattern.GetProperty(name).GetInt32()].Value;

        // The console lines of the golden report (GoldenReportTests keeps them equal to what ConsoleFormatter prints).
        var lines = File.ReadAllLines(Path.Combine(CliProcess.RepositoryRoot, "fixtures", "golden", "console.txt"));
        Assert.IsNotEmpty(lines);
        foreach (var line in lines)
        {
            var match = regex.Match(line);
            Assert.IsTrue(match.Success, line);
            StringAssert.EndsWith(Group(match, "file"), "target.de.txt", line);
            StringAssert.StartsWith(Group(match, "code"), "TQA", line);
            StringAssert.StartsWith(line, Group(match, "file"));
            StringAssert.EndsWith(line, Group(match, "message"));
        }

        var finding = regex.Match(lines.Single(l => l.Contains("TQA005", StringComparison.Ordinal)));
        Assert.AreEqual(("samples/wire-ukraine-talks/target.de.txt", "3", "7", "error", "TQA005"),
            (Group(finding, "file"), Group(finding, "line"), Group(finding, "column"), Group(finding, "severity"), Group(finding, "code")));
        var unreadable = regex.Match(lines.Single(l => l.Contains(ConsoleFormatter.ArticleErrorCode, StringComparison.Ordinal)));
        Assert.AreEqual(("samples/broken-file/target.de.txt", "", "error"), (Group(unreadable, "file"), Group(unreadable, "line"), Group(unreadable, "severity")));
    }

    [TestMethod]
    public void GitLab_ReportsJUnitAndExposesTheHtmlReportEvenWhenTheGateFails()
    {
        var job = At(Load("gitlab"), "translation-qa");
        var script = string.Join("\n", ((YamlSequenceNode)At(job, "script")).Cast<YamlScalarNode>().Select(s => s.Value));
        var (output, formats) = Check(script);

        CollectionAssert.IsSubsetOf(new[] { "html", "junit" }, formats);
        Assert.AreEqual("always", Text(job, "artifacts", "when"));
        Assert.AreEqual($"{output}/{JUnitReportWriter.FileName}", Text(job, "artifacts", "reports", "junit"));
        Assert.IsFalse(string.IsNullOrWhiteSpace(Text(job, "artifacts", "expose_as")));
        var paths = ((YamlSequenceNode)At(job, "artifacts", "paths")).Cast<YamlScalarNode>().Select(p => p.Value).ToList();
        CollectionAssert.AreEquivalent(new[] { $"{output}/{HtmlReportWriter.IndexFileName}", $"{output}/" }, paths,
            "the index is linked from the merge request, the folder (with the article pages) kept; expose_as needs the trailing /");
    }

    [TestMethod]
    public void Azure_PublishesTestResultsAndTheReportsEvenWhenTheGateFails()
    {
        var steps = Items(Load("azure"), "steps").ToList();
        var check = steps.Single(s => Has(s, "script") && Text(s, "script").Contains(" -- check ", StringComparison.Ordinal));
        var (output, formats) = Check(Text(check, "script"));
        var tasks = steps.Skip(steps.IndexOf(check) + 1).ToDictionary(s => Text(s, "task").Split('@')[0]);

        CollectionAssert.Contains(formats, "junit");
        Assert.IsTrue(tasks.Values.All(t => Text(t, "condition") == "always()"), "every later step runs when the gate fails");
        Assert.AreEqual("PublishTestResults@2", Text(tasks["PublishTestResults"], "task"));
        Assert.AreEqual("JUnit", Text(tasks["PublishTestResults"], "inputs", "testResultsFormat"));
        Assert.AreEqual($"{output}/{JUnitReportWriter.FileName}", Text(tasks["PublishTestResults"], "inputs", "testResultsFiles"));
        Assert.AreEqual(output, Text(tasks["PublishPipelineArtifact"], "inputs", "targetPath"));
    }
}

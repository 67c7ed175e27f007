using System.Text.RegularExpressions;
using TranslationQA.Cli.Commands;

namespace TranslationQA.Cli.Tests;

/// <summary>The README's option table of <c>check</c> lists exactly the options the command has.</summary>
[TestClass]
public sealed partial class ReadmeOptionTableTests
{
    [GeneratedRegex(@"(?<![\w-])--?[a-z][a-z-]*")]
    private static partial Regex OptionName();

    [TestMethod]
    public void OptionTable_ListsEveryOptionOfTheCheckCommandAndNoOther()
    {
        var readme = File.ReadAllText(Path.Combine(CliProcess.RepositoryRoot, "README.md"));
        var table = readme[readme.IndexOf("| option | default | meaning |", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n\n", StringComparison.Ordinal)];
        var documented = table.Split('\n').Skip(2)
            .SelectMany(row => OptionName().Matches(row.Split('|')[1]).Select(m => m.Value))
            .Order(StringComparer.Ordinal).ToList();

        var actual = CheckCommand.Create().Options.SelectMany(o => o.Aliases.Append(o.Name)).Distinct().Order(StringComparer.Ordinal).ToList();

        CollectionAssert.AreEqual(actual, documented, $"README: {string.Join(" ", documented)}\ncheck: {string.Join(" ", actual)}");
    }
}

using System.CommandLine;
using TranslationQA.Cli.Commands;

namespace TranslationQA.Cli;

/// <summary>The command tree: check (the main job), rules, bench, eval, merge and init.</summary>
internal static class CommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand(
            "TranslationQA checks German machine translations of news articles before they are published: " +
            "it back-translates the German, aligns it with the source, diffs the pairs and flags likely errors " +
            "with evidence. Run 'translationqa check fixtures/articles' to try it.");
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(RulesCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(MergeCommand.Create());
        root.Subcommands.Add(InitCommand.Create());
        return root;
    }
}

using System.CommandLine;
using TranslationQA.Cli.Init;

namespace TranslationQA.Cli.Commands;

/// <summary><c>translationqa init [--ci github|gitlab|azure]</c>: a starter config and a CI definition in the working folder.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var ci = new Option<string?>("--ci")
        {
            Description = "Also write the CI definition for this platform: github (.github/workflows/translationqa.yml), gitlab (.gitlab-ci.yml) or azure (azure-pipelines.yml).",
        };
        Choices.Accept(ci, [.. StarterFiles.Ci.Keys]);
        var command = new Command("init",
            "Write a starter translationqa.json (and with --ci a CI definition) into the working folder; exit 2, writing nothing, when one of the files exists.")
        {
            ci,
        };
        command.SetAction(result => new InitRunner(Console.Out, Console.Error).Run(Environment.CurrentDirectory, result.GetValue(ci)));
        return command;
    }
}

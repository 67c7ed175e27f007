using System.CommandLine;

namespace TranslationQA.Cli.Configuration;

/// <summary><c>--config &lt;file&gt;</c>: a command that has it reads its defaults from a config file.</summary>
internal static class ConfigOption
{
    /// <summary>The option's name.</summary>
    public const string Name = "--config";

    /// <summary>A new <c>--config</c> option.</summary>
    public static Option<string?> Create() => new(Name)
    {
        HelpName = "file",
        Description = $"Settings file (JSON, keys are the long options in camelCase, e.g. \"failOn\"; format in the README). Default: {ConfigFile.DefaultName} in the working folder, when there is one. Options on the command line win.",
    };
}

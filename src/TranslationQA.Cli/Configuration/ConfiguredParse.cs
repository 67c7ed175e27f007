using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace TranslationQA.Cli.Configuration;

/// <summary>
/// Parses a command line with the defaults of a config file: for a command that has <c>--config</c>, the file's
/// settings become tokens inserted after the command's name for the options not typed, and the line is parsed again,
/// so a value from the file is checked by the same parser as a typed one.
/// </summary>
internal static class ConfiguredParse
{
    /// <summary>The parse of <paramref name="args"/>, and its errors as the user should read them (empty when none).</summary>
    public static (ParseResult Result, IReadOnlyList<string> Errors) Parse(RootCommand root, IReadOnlyList<string> args, string workingDirectory)
    {
        var typed = root.Parse(args);
        var command = typed.CommandResult.Command;
        if (typed.Errors.Count > 0 || typed.Action != command.Action
            || command.Options.FirstOrDefault(o => o.Name == ConfigOption.Name) is not Option<string?> configOption)
        {
            return (typed, Messages(typed, null, null)); // help, version and usage errors need no config
        }

        // The default file is named as the user sees it from where they run the tool.
        var path = typed.GetValue(configOption) ?? (Path.GetFullPath(workingDirectory) == Environment.CurrentDirectory
            ? ConfigFile.DefaultName : Path.Combine(workingDirectory, ConfigFile.DefaultName));
        if (typed.GetValue(configOption) is null && !File.Exists(path))
        {
            return (typed, []);
        }

        ConfigTokens added;
        try
        {
            added = ConfigBinder.Tokens(ConfigFile.Read(path), command, o => typed.GetResult(o) is { Implicit: false }, workingDirectory);
        }
        catch (ConfigException e)
        {
            return (typed, [e.Message]);
        }

        // The command's own token is the first argument with its name (the root command has no option that takes a
        // value); when a response file holds it, the tokens go last, where the parser still reads them as the command's.
        var at = args.ToList().IndexOf(command.Name) is var index and >= 0 ? index + 1 : args.Count;
        var configured = root.Parse([.. args.Take(at), .. added.Tokens, .. args.Skip(at)]);
        return (configured, Messages(configured, path, added));
    }

    /// <summary>Parse errors; one about a value from the file names the file and the key instead of the option.</summary>
    private static List<string> Messages(ParseResult result, string? path, ConfigTokens? added) => result.Action is not ParseErrorAction ? [] :
        [.. result.Errors.Select(error =>
        {
            var option = (error.SymbolResult as OptionResult ?? error.SymbolResult?.Parent as OptionResult)?.Option;
            if (option is null || added is null || !added.KeyOf.TryGetValue(option, out var key))
            {
                return error.Message;
            }

            var message = error.Message.StartsWith(option.Name + ": ", StringComparison.Ordinal) ? error.Message[(option.Name.Length + 2)..] : error.Message;
            return $"{path}: \"{key}\": {message}";
        })];
}

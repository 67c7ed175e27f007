using System.Collections;
using System.CommandLine;
using System.Text.Json;

namespace TranslationQA.Cli.Configuration;

/// <summary>
/// Turns a config file into command-line tokens (<c>--fail-on=major</c>) for the options the command line did not
/// give, so that the parser checks a value from the file exactly as it checks one typed, and every option of the
/// command has a key without code of its own: the option's long name in camelCase (<c>--fail-on</c> is
/// <c>failOn</c>), its JSON type taken from the option's value type.
/// </summary>
internal static class ConfigBinder
{
    /// <summary>The key of <paramref name="option"/>: its long name in camelCase.</summary>
    public static string KeyOf(Option option)
    {
        var words = option.Name.TrimStart('-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(words.Select((w, i) => i == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
    }

    /// <summary>Every key <paramref name="command"/> accepts in a config file, with its option.</summary>
    public static IReadOnlyDictionary<string, Option> Keys(Command command) =>
        command.Options.Where(o => o.Name != ConfigOption.Name && !o.Hidden).ToDictionary(KeyOf);

    /// <summary>
    /// The tokens <paramref name="config"/> adds to a command line of <paramref name="command"/> on which
    /// <paramref name="isGiven"/> says which options were typed (those keep their typed value). Relative paths are
    /// made relative to <paramref name="workingDirectory"/> from the config file's folder.
    /// </summary>
    public static ConfigTokens Tokens(ConfigFile config, Command command, Func<Option, bool> isGiven, string workingDirectory)
    {
        var keys = Keys(command);
        var tokens = new List<string>();
        var origins = new Dictionary<Option, string>();
        void Add(Option option, string key, IEnumerable<string> values)
        {
            if (isGiven(option))
            {
                return; // the command line wins
            }

            tokens.AddRange(values.Select(v => $"{option.Name}={v}"));
            origins.TryAdd(option, key);
        }

        foreach (var (key, value) in config.Settings)
        {
            if (keys.TryGetValue(key, out var option))
            {
                var values = Values(config.Path, key, value, PlainType(option));
                Add(option, key, IsPath(option) ? values.Select(v => Relocate(v, config.Folder, workingDirectory)) : values);
            }
            else if (key == RuleSettings.Key)
            {
                foreach (var (name, ruleValue) in RuleSettings.Tokens(value, config.Path))
                {
                    var target = command.Options.FirstOrDefault(o => o.Name == name)
                        ?? throw new ConfigException($"{config.Path}: \"{key}\" needs the {name} option, which this version of translationqa does not have");
                    Add(target, key, [ruleValue]);
                }
            }
            else
            {
                var near = NearestName.Of(key, keys.Keys.Append(RuleSettings.Key));
                throw new ConfigException($"{config.Path}: unknown key \"{key}\"" + (near is null
                    ? $"; the keys are the long options of 'translationqa {command.Name} --help' in camelCase: {string.Join(", ", keys.Keys)}"
                    : $"; did you mean \"{near}\"?"));
            }
        }

        return new ConfigTokens(tokens, origins);
    }

    private static Type PlainType(Option option) => Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType;

    private static bool IsList(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

    /// <summary>A file or folder option: declared with a help name of file or folder, or typed as one.</summary>
    private static bool IsPath(Option option) =>
        option.HelpName is "file" or "folder" || typeof(FileSystemInfo).IsAssignableFrom(PlainType(option) is { IsArray: true } array ? array.GetElementType() : PlainType(option));

    private static string Relocate(string path, string configFolder, string workingDirectory) =>
        Path.IsPathRooted(path) ? path : Path.GetRelativePath(workingDirectory, Path.Combine(configFolder, path));

    private static List<string> Values(string file, string key, JsonElement value, Type type)
    {
        if (type == typeof(bool))
        {
            return value.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? [value.GetBoolean() ? "true" : "false"]
                : throw WrongType(file, key, "true or false", value);
        }

        if (IsList(type))
        {
            List<JsonElement> items = value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()] : [value];
            var bad = items.FindIndex(i => Scalar(i) is null);
            return items.Count == 0 || (bad >= 0 && value.ValueKind != JsonValueKind.Array) ? throw WrongType(file, key, "a list of strings", value)
                : bad >= 0 ? throw new ConfigException($"{file}: \"{key}\" must be a list of strings; item {bad + 1} is {Kind(items[bad])}")
                : [.. items.Select(i => Scalar(i)!)];
        }

        if (type == typeof(string))
        {
            return value.ValueKind == JsonValueKind.String ? [value.GetString()!] : throw WrongType(file, key, "a string", value);
        }

        return Scalar(value) is { } text ? [text] : throw WrongType(file, key, "a number or a string", value);
    }

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    private static ConfigException WrongType(string file, string key, string expected, JsonElement value) =>
        new($"{file}: \"{key}\" must be {expected}, not {Kind(value)}");

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => value.GetArrayLength() == 0 ? "an empty list" : "a list",
        JsonValueKind.Object => "an object",
        JsonValueKind.Number => "a number",
        JsonValueKind.String => "a string",
        _ => "null",
    };
}

/// <summary>What a config file adds to a command line: the tokens, and for each option they set, the key that set it.</summary>
internal sealed record ConfigTokens(IReadOnlyList<string> Tokens, IReadOnlyDictionary<Option, string> KeyOf);

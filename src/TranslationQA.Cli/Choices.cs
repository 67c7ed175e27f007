using System.CommandLine;

namespace TranslationQA.Cli;

/// <summary>Options whose value is one of a few words, accepted in any case (<c>--fail-on MAJOR</c>).</summary>
internal static class Choices
{
    /// <summary>
    /// Restricts <paramref name="option"/> to <paramref name="choices"/> (lower case), reading the value in any case; any
    /// other value is a usage error that lists the choices and names the nearest one.
    /// </summary>
    public static void Accept<T>(Option<T> option, params string[] choices)
        where T : class?
    {
        option.HelpName = string.Join('|', choices);
        option.CompletionSources.Add(choices);
        option.CustomParser = result =>
        {
            var typed = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            var value = typed.ToLowerInvariant();
            if (choices.Contains(value, StringComparer.Ordinal))
            {
                return (T)(object)value;
            }

            var near = NearestName.Of(value, choices);
            result.AddError($"{option.Name}: '{typed}' is not one of {string.Join(", ", choices)}"
                + (near is null ? "; see 'translationqa --help'" : $"; did you mean {near}?"));
            return default!;
        };
    }
}

using TranslationQA.Core.Text;

namespace TranslationQA.Cli;

/// <summary>The "did you mean" of a mistyped name: an option on the command line, a key in the config file.</summary>
internal static class NearestName
{
    /// <summary>At most this many edits away is a near miss (--fial-on, faliOn); further is a different word.</summary>
    public const int MaxEdits = 2;

    /// <summary>The valid name closest to <paramref name="typed"/>, or null when none is a near miss.</summary>
    public static string? Of(string typed, IEnumerable<string> valid) =>
        valid.Select(name => (Name: name, Distance: EditDistance.Damerau(name, typed, MaxEdits)))
            .Where(n => n.Distance <= MaxEdits)
            .OrderBy(n => n.Distance)
            .Select(n => n.Name)
            .FirstOrDefault();
}

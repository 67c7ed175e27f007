using System.Globalization;
using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks;

/// <summary>
/// The user's choices about the catalogue: rules switched off (they do not run and no report lists them) and rules
/// whose findings get another severity than the calibration gives them (for the gate, the score and every report).
/// </summary>
/// <param name="Disabled">Ids of the rules not to run.</param>
/// <param name="Severities">Severity per rule id, replacing the one each finding of the rule would have.</param>
public sealed record RuleSettings(IReadOnlySet<string> Disabled, IReadOnlyDictionary<string, Severity> Severities)
{
    /// <summary>Every rule on, every severity as calibrated.</summary>
    public static RuleSettings None { get; } = new(new HashSet<string>(), new Dictionary<string, Severity>());

    /// <summary>The rules that run, each with the severity its findings get by default (an override replaces it).</summary>
    public IReadOnlyList<RuleDescriptor> Apply(IReadOnlyList<RuleDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return [.. rules.Where(r => !Disabled.Contains(r.Id))
            .Select(r => Severities.TryGetValue(r.Id, out var severity) ? r with { DefaultSeverity = severity } : r)];
    }

    /// <summary>The settings in a stable form (resume journals compare it), null when nothing is changed.</summary>
    public string? Describe()
    {
        var parts = Disabled.Order(StringComparer.Ordinal).Select(id => $"{id}=off")
            .Concat(Severities.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value.ToString().ToLowerInvariant()}"))
            .ToList();
        return parts.Count == 0 ? null : string.Join(",", parts);
    }

    /// <summary>The catalogue's rule of <paramref name="id"/> (any case), or null.</summary>
    public static RuleDescriptor? Find(string id) =>
        Rules.All.FirstOrDefault(r => string.Equals(r.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Why <paramref name="id"/> names no rule, with the nearest rule id when one is close.</summary>
    public static string Unknown(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var upper = id.Trim().ToUpperInvariant();
        // The number names the rule when it is one ("TQA29", "29"); else the closest spelling.
        var digits = new string([.. upper.Where(char.IsAsciiDigit)]);
        var near = Rules.All.Select(r => (r.Id, Distance: EditDistance.Damerau(r.Id, upper, 2)))
            .Where(r => r.Distance <= 2).OrderBy(r => r.Distance).ThenBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault();
        if (digits.Length is > 0 and <= 6 && Rules.All.FirstOrDefault(r => int.Parse(r.Id[3..], CultureInfo.InvariantCulture) == int.Parse(digits, CultureInfo.InvariantCulture)) is { } numbered)
        {
            near = (numbered.Id, 0);
        }

        return $"no rule '{id}'" + (near.Id is null
            ? $"; rule ids run from {Rules.All[0].Id} to {Rules.All[^1].Id} ('translationqa rules' lists them)"
            : $"; did you mean {near.Id}?");
    }
}

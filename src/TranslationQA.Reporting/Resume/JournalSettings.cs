using System.Globalization;
using System.Security.Cryptography;
using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Resume;

/// <summary>
/// What the results in a resume journal depend on besides each article's own input; the first line of the journal.
/// A resumed run keeps results only from a journal written with the same settings.
/// </summary>
/// <param name="Build">The tool's full version with its commit, so a rebuilt tool with other checks checks again.</param>
/// <param name="Engine">The back-translation engine.</param>
/// <param name="FailOn">The gate's severity (decides the verdicts), null for none.</param>
/// <param name="MaxScore">The gate's maximum score.</param>
/// <param name="Traps">SHA-256 of the extra traps file, null without one.</param>
/// <param name="Glossary">SHA-256 of the glossary (term base), null without one.</param>
/// <param name="Rules">The rules switched off and severities overridden (<c>RuleSettings.Describe</c>), null for none.</param>
public sealed record JournalSettings(
    string Build, string Engine, string? FailOn, double? MaxScore, string? Traps, string? Glossary = null, string? Rules = null)
{
    /// <summary>The settings of a run; reads the traps file and the glossary, if any, to hash them.</summary>
    public static JournalSettings Of(string build, string engine, QualityGate gate, string? trapsFile, string? glossaryFile = null)
    {
        ArgumentNullException.ThrowIfNull(gate);
        return new(build, engine, gate.FailOn is { } s ? ReportNames.Of(s) : null, gate.MaxScore, Hash(trapsFile), Hash(glossaryFile));
    }

    private static string? Hash(string? file) => file is null ? null : Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));

    /// <summary>What differs between the settings a journal was written with and <paramref name="now"/>, null if nothing.</summary>
    public string? Difference(JournalSettings now)
    {
        ArgumentNullException.ThrowIfNull(now);
        return Build != now.Build ? $"another build of the tool ({Build}, now {now.Build})"
            : Engine != now.Engine ? $"another engine ({Engine}, now {now.Engine})"
            : FailOn != now.FailOn ? $"another --fail-on ({FailOn ?? "none"}, now {now.FailOn ?? "none"})"
            : MaxScore != now.MaxScore ? $"another --max-score ({Text(MaxScore)}, now {Text(now.MaxScore)})"
            : Traps != now.Traps ? "another --traps file"
            : Glossary != now.Glossary ? "another --glossary file"
            : Rules != now.Rules ? $"other --disable or --severity choices ({Rules ?? "none"}, now {now.Rules ?? "none"})"
            : null;
    }

    private static string Text(double? score) => score?.ToString(CultureInfo.InvariantCulture) ?? "none";
}

using TranslationQA.Core.Checks.Spelling;

namespace TranslationQA.Core.Checks;

/// <summary>Settings of the check catalogue.</summary>
/// <param name="ExtraTrapsPath">A TSV file of additional MT traps in the format of Checks/Data/traps.tsv, or null.</param>
/// <param name="DisabledRules">Rule ids not to run (e.g. TQA021).</param>
/// <param name="Glossary">The user's term base for the terminology rules (TQA031, TQA032), or null for none.</param>
/// <param name="Spelling">The German spelling dictionary of TQA030; without one, TQA030 does not run.</param>
public sealed record CheckOptions(
    string? ExtraTrapsPath = null, IReadOnlySet<string>? DisabledRules = null, Terminology.Glossary? Glossary = null, ISpellingDictionary? Spelling = null)
{
    /// <summary>All rules, built-in data only.</summary>
    public static CheckOptions Default { get; } = new();
}

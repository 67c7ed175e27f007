namespace TranslationQA.Core.Model;

/// <summary>The one declaration of a check: SARIF rules, report legends and the README table come from it.</summary>
/// <param name="Id">Stable id, e.g. TQA001.</param>
/// <param name="Name">PascalCase name for SARIF (e.g. LexicalMismatch).</param>
/// <param name="Title">Short human title.</param>
/// <param name="Category">MQM category path, e.g. "Accuracy/Mistranslation".</param>
/// <param name="DefaultSeverity">Severity unless a finding says otherwise.</param>
/// <param name="Help">One or two sentences: what it means and what to do.</param>
/// <param name="UserSeverity">
/// True when a finding's severity is the user's (a glossary entry's): declared knowledge, kept as given and never
/// capped by the calibration, which measures only what the checks infer.
/// </param>
public sealed record RuleDescriptor(
    string Id,
    string Name,
    string Title,
    string Category,
    Severity DefaultSeverity,
    string Help,
    bool UserSeverity = false);

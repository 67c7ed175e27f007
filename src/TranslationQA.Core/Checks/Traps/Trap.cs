namespace TranslationQA.Core.Checks.Traps;

/// <summary>One row of a trap list (see Checks/Data/traps.tsv for the format).</summary>
/// <param name="Lang">Source language (en, fr) or "de" for a German-only trap.</param>
/// <param name="SourceTerm">Source words, or empty for a German-only trap.</param>
/// <param name="Renderings">Wrong German renderings: lower-case word starts; a leading '*' also matches inside a compound.</param>
/// <param name="Context">Word starts of which one must be in scope (empty: always).</param>
/// <param name="Forbidden">Word starts that rule the trap out when in scope.</param>
/// <param name="ArticleScope">True: context is looked for in the whole article; false: in the bead.</param>
/// <param name="Standalone">True when the German text alone may trigger it.</param>
/// <param name="Severity">Severity of a hit.</param>
/// <param name="Advice">Explanation and right rendering.</param>
public sealed record Trap(
    string Lang,
    IReadOnlyList<string> SourceTerm,
    IReadOnlyList<string> Renderings,
    IReadOnlyList<string> Context,
    IReadOnlyList<string> Forbidden,
    bool ArticleScope,
    bool Standalone,
    Model.Severity Severity,
    string Advice);

namespace TranslationQA.Core.Checks.Traps;

/// <summary>One row of a trap list (see Checks/Data/traps.tsv for the format).</summary>
/// <param name="Lang">Source language (en, fr) or "de" for a German-only trap.</param>
/// <param name="SourceTerms">Alternative source terms, each a list of words; empty for a German-only trap.</param>
/// <param name="Renderings">
/// German renderings of one or more tokens each (words, and punctuation written as its own token: "kommt , als"):
/// lower-case word starts; a leading '*' also matches inside a compound, a trailing '$' pins the word's end. Wrong
/// renderings unless <paramref name="Expected"/>.
/// </param>
/// <param name="Context">Word starts of which one must be in scope (empty: always).</param>
/// <param name="Forbidden">Word starts that rule the trap out when in scope.</param>
/// <param name="ArticleScope">True: context is looked for in the whole article; false: in the bead.</param>
/// <param name="Standalone">True when the German text alone may trigger it.</param>
/// <param name="Severity">Severity of a hit.</param>
/// <param name="Advice">Explanation and right rendering.</param>
/// <param name="Expected">
/// True when the renderings are the right ones (the cell starts with '!'): the trap fires when a source term is in
/// the bead and none of them is, on the German word at the term's place that renders nothing of the source.
/// </param>
public sealed record Trap(
    string Lang,
    IReadOnlyList<IReadOnlyList<string>> SourceTerms,
    IReadOnlyList<string> Renderings,
    IReadOnlyList<string> Context,
    IReadOnlyList<string> Forbidden,
    bool ArticleScope,
    bool Standalone,
    Model.Severity Severity,
    string Advice,
    bool Expected = false);

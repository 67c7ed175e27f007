namespace TranslationQA.Core.Model;

/// <summary>
/// How one German token was rendered by the back-translation. Offsets are relative to the German sentence text.
/// </summary>
/// <param name="Offset">0-based offset of the token in the German sentence.</param>
/// <param name="Length">Length of the token.</param>
/// <param name="Surface">The German token as written.</param>
/// <param name="Kind">Token kind.</param>
/// <param name="Gloss">The chosen rendering in the back-translation language, or null when none.</param>
/// <param name="Glosses">Every known rendering (lower-case lemmas), so checks can tell whether a source word is covered.</param>
/// <param name="Lemma">The German lemma or compound analysis the gloss came from (e.g. "Berufung+s+Verfahren"), if known.</param>
public sealed record WordGloss(
    int Offset,
    int Length,
    string Surface,
    TokenKind Kind,
    string? Gloss,
    IReadOnlyList<string> Glosses,
    string? Lemma = null);

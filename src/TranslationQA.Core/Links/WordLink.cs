namespace TranslationQA.Core.Links;

/// <summary>Why a German word and a source word are linked.</summary>
public enum LinkKind
{
    /// <summary>A dictionary sense of the German word renders the source word.</summary>
    Sense,
    /// <summary>The same name, spelt alike or transliterated (Lavrov, Lawrow).</summary>
    Spelling,
    /// <summary>The same number (100,000 and 100.000; two and zwei).</summary>
    Number,
    /// <summary>The same country or organisation (US and Vereinigte Staaten).</summary>
    Entity,
    /// <summary>Both sides negate here (not and nicht).</summary>
    Negation,
}

/// <summary>
/// A link between a German word and the source word it renders, both as spans of their sentences: the evidence the
/// reports show ("Berufungsverfahren → appeal proceedings; the source says appel") and the checks read.
/// </summary>
/// <param name="SourceSentence">Index of the source sentence.</param>
/// <param name="SourceOffset">Offset of the source word in its sentence.</param>
/// <param name="SourceLength">Length of the source word.</param>
/// <param name="TargetSentence">Index of the German sentence.</param>
/// <param name="TargetOffset">Offset of the German word in its sentence.</param>
/// <param name="TargetLength">Length of the German word.</param>
/// <param name="Kind">Why they are linked.</param>
/// <param name="Sense">The dictionary sense of the German word that renders the source word, for <see cref="LinkKind.Sense"/>.</param>
public sealed record WordLink(
    int SourceSentence,
    int SourceOffset,
    int SourceLength,
    int TargetSentence,
    int TargetOffset,
    int TargetLength,
    LinkKind Kind,
    string? Sense);

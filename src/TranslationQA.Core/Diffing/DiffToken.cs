namespace TranslationQA.Core.Diffing;

/// <summary>
/// One unit of a sequence to diff: the key the differ compares and the text a report shows. Units with equal keys are
/// the same on both sides; a key present on one side only is a difference.
/// </summary>
/// <param name="Key">Comparison key (no line break in it).</param>
/// <param name="Text">Display text, with the whitespace before it.</param>
public sealed record DiffToken(string Key, string Text);

namespace TranslationQA.Core.Model;

/// <summary>One article to check: its German machine translation and, when known, the source it came from.</summary>
/// <param name="Id">Stable identifier (folder name or the <c>id</c> of a JSONL line).</param>
/// <param name="SourceLang">ISO 639-1 code of the source language (en, fr, ...); set even without a source text.</param>
/// <param name="TargetLang">ISO 639-1 code of the target language (de).</param>
/// <param name="Source">Source text with line ends normalised to \n, or null for a target-only article.</param>
/// <param name="Target">Target text with BOM removed and line ends normalised to \n; offsets in findings point into it.</param>
/// <param name="TargetPath">File the target came from (for messages and SARIF); for JSONL the .jsonl file.</param>
/// <param name="SourcePath">File the source came from, if any.</param>
/// <param name="Units">
/// For an XLIFF article, the units its target text came from, in text order (one unit per paragraph); null otherwise.
/// </param>
public sealed record Article(
    string Id,
    string SourceLang,
    string TargetLang,
    string? Source,
    string Target,
    string TargetPath,
    string? SourcePath = null,
    IReadOnlyList<TargetUnit>? Units = null)
{
    /// <summary>True when the article has a non-empty source text.</summary>
    public bool HasSource => !string.IsNullOrWhiteSpace(Source);
}

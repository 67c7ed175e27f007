namespace TranslationQA.Core.Ingestion.Xliff;

/// <summary>One <c>&lt;file&gt;</c> of an XLIFF document: one article.</summary>
/// <param name="Id">The 2.x <c>id</c> or the 1.2 <c>original</c>, if any.</param>
/// <param name="SourceLang">The source language as written (en-US, fr, ...), if given.</param>
/// <param name="TargetLang">The target language as written, if given.</param>
/// <param name="Units">The units to check, in document order (units marked translate="no" are left out).</param>
internal sealed record XliffFile(string? Id, string? SourceLang, string? TargetLang, IReadOnlyList<XliffUnit> Units);

/// <summary>One unit (1.2 <c>trans-unit</c>, 2.x <c>unit</c>): a paragraph of the article.</summary>
internal sealed record XliffUnit(string Id, IReadOnlyList<XliffPart> Parts);

/// <summary>
/// A piece of a unit: a segment (the whole unit in 1.2), or the whitespace between 2.x segments
/// (<c>&lt;ignorable&gt;</c>, <paramref name="SegmentId"/> null and <paramref name="IsSegment"/> false).
/// </summary>
/// <param name="SegmentId">The 2.x segment id, if any.</param>
/// <param name="Source">Source text, inline codes left out.</param>
/// <param name="Target">Target text, inline codes left out and tagged; null when there is no target.</param>
/// <param name="IsSegment">True for a segment, false for an ignorable.</param>
internal sealed record XliffPart(string? SegmentId, string Source, InlineText? Target, bool IsSegment);

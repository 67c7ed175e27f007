namespace TranslationQA.Core.Model;

/// <summary>
/// Where a piece of an XLIFF article stands in the file a CAT tool opens: the unit (1.2 <c>trans-unit</c>, 2.x
/// <c>unit</c>) and, in XLIFF 2.x, the segment. Null for article folders and JSONL lines.
/// </summary>
/// <param name="UnitId">The unit's <c>id</c>.</param>
/// <param name="SegmentId">The 2.x segment's <c>id</c>; null in XLIFF 1.2 or when the segment has none.</param>
/// <param name="Tagged">
/// The unit's (or segment's) German with its inline codes as markers (<c>{1}</c>, <c>{/1}</c>, <c>{1/}</c>), as a
/// translator sees it in a CAT tool; null when it has no codes (the checked text is then all there is).
/// </param>
public sealed record UnitLocation(string UnitId, string? SegmentId = null, string? Tagged = null)
{
    /// <summary>"unit u7" or "unit u7, segment s2", for the places a reader looks (console, HTML).</summary>
    public string Describe() => SegmentId is null ? $"unit {UnitId}" : $"unit {UnitId}, segment {SegmentId}";
}

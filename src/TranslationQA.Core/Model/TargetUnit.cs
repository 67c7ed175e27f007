namespace TranslationQA.Core.Model;

/// <summary>
/// The part of an article's target text that one XLIFF unit (1.2) or segment (2.x) became, so a finding can name the
/// unit a translator looks for.
/// </summary>
/// <param name="Offset">0-based offset of the unit's checked text in the target text.</param>
/// <param name="Length">Its length; 0 for a unit without a translation.</param>
/// <param name="Location">The unit (and segment) id.</param>
/// <param name="Source">The unit's source text, inline codes left out.</param>
/// <param name="Translated">False when the unit has no target or an empty one.</param>
public sealed record TargetUnit(int Offset, int Length, UnitLocation Location, string Source, bool Translated = true)
{
    /// <summary>Offset one past the unit's text.</summary>
    public int End => Offset + Length;
}

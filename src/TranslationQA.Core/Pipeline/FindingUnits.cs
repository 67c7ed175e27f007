using TranslationQA.Core.Model;

namespace TranslationQA.Core.Pipeline;

/// <summary>Names the XLIFF unit (and segment) of each finding of an XLIFF article, so a translator finds it in the CAT tool.</summary>
internal static class FindingUnits
{
    /// <summary>
    /// <paramref name="finding"/> with the unit its span starts in; a start between two 2.x segments (in the white
    /// space a unit keeps between them) counts for the segment before. Findings that name their unit keep it.
    /// </summary>
    public static Finding Locate(Article article, Finding finding)
    {
        if (article.Units is not { Count: > 0 } units || finding.Unit is not null)
        {
            return finding;
        }

        var offset = finding.Span.Offset;
        TargetUnit? found = null;
        foreach (var unit in units)
        {
            if (unit.Offset > offset)
            {
                break;
            }

            if (unit.Translated)
            {
                found = unit;
            }
        }

        return finding with { Unit = (found ?? units[0]).Location };
    }
}

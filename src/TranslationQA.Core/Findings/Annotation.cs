using TranslationQA.Core.Model;

namespace TranslationQA.Core.Findings;

/// <summary>One hand-made annotation of an error in a target text (a row of expected.tsv).</summary>
/// <param name="Line">1-based line of the target text.</param>
/// <param name="Text">The annotated text, an exact substring of that line (its first occurrence counts).</param>
/// <param name="Category">MQM category path.</param>
/// <param name="Severity">Annotated severity.</param>
/// <param name="Note">Free-text note.</param>
/// <param name="Offset">0-based offset of <paramref name="Text"/> in the whole target text.</param>
public sealed record Annotation(int Line, string Text, string Category, Severity Severity, string Note, int Offset)
{
    /// <summary>Offset one past the annotated text.</summary>
    public int End => Offset + Text.Length;

    /// <summary>True when <paramref name="finding"/> overlaps the annotated text (a zero-length finding touching it counts).</summary>
    public bool IsMatchedBy(Finding finding) =>
        finding.Span.Line == Line
        && (finding.Span.Length == 0 || Text.Length == 0
            ? finding.Span.Offset >= Offset && finding.Span.Offset <= End
            : finding.Span.Offset < End && Offset < finding.Span.End);
}

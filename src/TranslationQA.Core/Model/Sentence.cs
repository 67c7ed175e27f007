namespace TranslationQA.Core.Model;

/// <summary>One sentence of a document. <see cref="Span"/> locates it in the document text; sentences never cross lines.</summary>
/// <param name="Index">0-based position among the document's sentences.</param>
/// <param name="Text">The sentence text, trimmed.</param>
/// <param name="Span">Where the trimmed text stands in the document.</param>
public sealed record Sentence(int Index, string Text, TextSpan Span)
{
    /// <summary>1-based line of the document (a paragraph) the sentence is on.</summary>
    public int Line => Span.Line;
}

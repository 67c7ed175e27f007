namespace TranslationQA.Core.Model;

/// <summary>A span of a document: 0-based character offset and length, 1-based line and column of its start.</summary>
public readonly record struct TextSpan(int Offset, int Length, int Line, int Column)
{
    /// <summary>Offset one past the last character.</summary>
    public int End => Offset + Length;
}

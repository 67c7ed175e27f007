namespace TranslationQA.Translation.Http;

/// <summary>A word-alignment link: source characters [SourceStart, SourceEnd] to target characters [TargetStart, TargetEnd], inclusive.</summary>
public readonly record struct SpanLink(int SourceStart, int SourceEnd, int TargetStart, int TargetEnd)
{
    /// <summary>The same link with both sides moved by the given amounts (used when rejoining split texts).</summary>
    public SpanLink Shift(int source, int target) =>
        new(SourceStart + source, SourceEnd + source, TargetStart + target, TargetEnd + target);
}

/// <summary>What a service returned for one element of a request: the translation and its word alignment, if any.</summary>
public sealed record PieceTranslation(string Text, IReadOnlyList<SpanLink> Links);

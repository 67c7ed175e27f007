namespace TranslationQA.Core.Model;

/// <summary>What a diff piece is relative to the source.</summary>
public enum DiffOperation
{
    /// <summary>In both source and back-translation.</summary>
    Equal,
    /// <summary>Only in the source (lost in translation).</summary>
    Deleted,
    /// <summary>Only in the back-translation (added by the translation).</summary>
    Inserted,
}

/// <summary>One piece of a word-level diff: a word, a run of whitespace or a punctuation mark.</summary>
public sealed record DiffPiece(DiffOperation Operation, string Text);

/// <summary>Word-level diff of a source sentence against the back-translation of its aligned target.</summary>
/// <param name="Pieces">The pieces in reading order.</param>
public sealed record SentenceDiff(IReadOnlyList<DiffPiece> Pieces);

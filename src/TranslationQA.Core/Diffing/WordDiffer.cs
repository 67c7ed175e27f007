using DiffPlex;
using DiffPlex.Chunkers;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Diffing;

/// <summary>
/// Word-level differ on DiffPlex. Chunking: <see cref="ProseChunker"/> (words, single punctuation and quote marks,
/// whitespace runs as chunks of their own). Comparison is case-insensitive and treats all whitespace runs as
/// equal (DiffPlex sees comparison keys via a <see cref="CustomFunctionChunker"/>; ignoreWhiteSpace and ignoreCase
/// stay false because the keys are already normalised). Pieces always carry the original text, so Equal+Deleted
/// rejoin to the source and Equal+Inserted to the back-translation: a chunk matched only by its key
/// ("The" against "the") is therefore emitted as a Deleted piece followed by an Inserted piece.
/// </summary>
public sealed class WordDiffer : ISentenceDiffer
{
    private static readonly IChunker KeyChunker =
        new CustomFunctionChunker(text => [.. ProseChunker.Instance.Chunk(text).Select(ProseChunker.Key)]);

    private readonly Differ _differ = new();

    /// <inheritdoc />
    public SentenceDiff Diff(string source, string backTranslation)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(backTranslation);
        string[] oldChunks = [.. ProseChunker.Instance.Chunk(source)];
        string[] newChunks = [.. ProseChunker.Instance.Chunk(backTranslation)];
        var result = _differ.CreateDiffs(source, backTranslation, ignoreWhiteSpace: false, ignoreCase: false, KeyChunker);

        var pieces = new List<DiffPiece>();
        int a = 0, b = 0;
        foreach (var block in result.DiffBlocks)
        {
            EmitEqualRun(pieces, oldChunks, newChunks, ref a, ref b, block.DeleteStartA - a);
            for (var i = 0; i < block.DeleteCountA; i++)
            {
                pieces.Add(new DiffPiece(DiffOperation.Deleted, oldChunks[a++]));
            }

            b = block.InsertStartB;
            for (var i = 0; i < block.InsertCountB; i++)
            {
                pieces.Add(new DiffPiece(DiffOperation.Inserted, newChunks[b++]));
            }
        }

        EmitEqualRun(pieces, oldChunks, newChunks, ref a, ref b, oldChunks.Length - a);
        return new SentenceDiff(pieces);
    }

    /// <inheritdoc />
    public SentenceDiff Diff(IReadOnlyList<DiffToken> source, IReadOnlyList<DiffToken> backTranslation)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(backTranslation);
        // One key a line: DiffPlex's line chunker then compares the units by key.
        var result = _differ.CreateDiffs(Keys(source), Keys(backTranslation), ignoreWhiteSpace: false, ignoreCase: false, LineChunker);
        var pieces = new List<DiffPiece>();
        var equal = new System.Text.StringBuilder();
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            for (; a < block.DeleteStartA; a++)
            {
                equal.Append(source[a].Text);
            }

            Flush(pieces, equal);
            for (var i = 0; i < block.DeleteCountA; i++)
            {
                pieces.Add(new DiffPiece(DiffOperation.Deleted, source[a++].Text));
            }

            for (var i = 0; i < block.InsertCountB; i++)
            {
                pieces.Add(new DiffPiece(DiffOperation.Inserted, backTranslation[block.InsertStartB + i].Text));
            }
        }

        for (; a < source.Count; a++)
        {
            equal.Append(source[a].Text);
        }

        Flush(pieces, equal);
        return new SentenceDiff(pieces);
    }

    private static readonly IChunker LineChunker = new CustomFunctionChunker(text => text.Length == 0 ? [] : text.Split('\n'));

    private static string Keys(IReadOnlyList<DiffToken> tokens) => string.Join('\n', tokens.Select(t => t.Key));

    /// <summary>
    /// Emits <paramref name="count"/> aligned chunk pairs. Chunks that match exactly are joined into one Equal piece:
    /// reports render an unchanged run as plain text either way, and one piece per run instead of per word and space
    /// keeps the diffs of a thousand-article run small. Chunks equal only under the case-insensitive key stay a
    /// Deleted/Inserted pair so both texts still rejoin exactly.
    /// </summary>
    private static void EmitEqualRun(List<DiffPiece> pieces, string[] oldChunks, string[] newChunks, ref int a, ref int b, int count)
    {
        var run = new System.Text.StringBuilder();
        for (var i = 0; i < count; i++, a++, b++)
        {
            if (string.Equals(oldChunks[a], newChunks[b], StringComparison.Ordinal))
            {
                run.Append(oldChunks[a]);
                continue;
            }

            Flush(pieces, run);
            pieces.Add(new DiffPiece(DiffOperation.Deleted, oldChunks[a]));
            pieces.Add(new DiffPiece(DiffOperation.Inserted, newChunks[b]));
        }

        Flush(pieces, run);
    }

    private static void Flush(List<DiffPiece> pieces, System.Text.StringBuilder run)
    {
        if (run.Length > 0)
        {
            pieces.Add(new DiffPiece(DiffOperation.Equal, run.ToString()));
            run.Clear();
        }
    }
}

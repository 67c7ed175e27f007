using TranslationQA.Core.Model;

namespace TranslationQA.Core.Diffing;

/// <summary>Word-level diff of a source sentence against a back-translation.</summary>
public interface ISentenceDiffer
{
    /// <summary>Diffs <paramref name="source"/> (old) against <paramref name="backTranslation"/> (new).</summary>
    SentenceDiff Diff(string source, string backTranslation);

    /// <summary>
    /// Diffs two prepared sequences by their keys: pieces show the source text of equal and deleted units and the
    /// back-translation text of inserted ones.
    /// </summary>
    SentenceDiff Diff(IReadOnlyList<DiffToken> source, IReadOnlyList<DiffToken> backTranslation);
}

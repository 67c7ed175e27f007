using TranslationQA.Core.Model;

namespace TranslationQA.Core.Diffing;

/// <summary>Word-level diff of a source sentence against a back-translation.</summary>
public interface ISentenceDiffer
{
    /// <summary>Diffs <paramref name="source"/> (old) against <paramref name="backTranslation"/> (new).</summary>
    SentenceDiff Diff(string source, string backTranslation);
}

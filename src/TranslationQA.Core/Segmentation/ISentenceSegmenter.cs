using TranslationQA.Core.Model;

namespace TranslationQA.Core.Segmentation;

/// <summary>Splits a document into sentences. Every line is a paragraph: sentences never cross lines.</summary>
public interface ISentenceSegmenter
{
    /// <summary>Segments <paramref name="text"/> (lines separated by \n) written in <paramref name="lang"/> (de, en, fr).</summary>
    IReadOnlyList<Sentence> Segment(string text, string lang);
}

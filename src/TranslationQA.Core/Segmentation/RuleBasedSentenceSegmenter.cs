using TranslationQA.Core.Model;

namespace TranslationQA.Core.Segmentation;

/// <summary>
/// Rule-based sentence segmenter for German, English and French news text. Every line is a paragraph;
/// inside a line it splits after ., !, ?, … (plus closing quotes) unless abbreviations, initials, ordinals,
/// numbers or domains say otherwise, and also where a sentence is glued to the next ("gedroht.Die").
/// </summary>
public sealed class RuleBasedSentenceSegmenter : ISentenceSegmenter
{
    /// <inheritdoc />
    public IReadOnlyList<Sentence> Segment(string text, string lang)
    {
        ArgumentNullException.ThrowIfNull(text);
        var language = (lang ?? string.Empty).Trim().ToLowerInvariant();
        var rules = new SentenceBoundaryRules(language);
        var index = new TextIndex(text);
        var sentences = new List<Sentence>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text[lineStart..lineEnd];
            var pieceStart = 0;
            foreach (var cut in LineSplitter.Cuts(line, language, rules).Append(line.Length))
            {
                AddTrimmed(sentences, index, lineStart, line, pieceStart, cut);
                pieceStart = cut;
            }

            lineStart = lineEnd + 1;
        }

        return sentences;
    }

    private static void AddTrimmed(List<Sentence> sentences, TextIndex index, int lineStart, string line, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(line[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(line[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(sentences.Count, line[start..end], index.Span(lineStart + start, end - start)));
        }
    }
}

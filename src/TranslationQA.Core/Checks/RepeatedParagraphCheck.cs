using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks;

/// <summary>
/// TQA026: a paragraph that repeats an earlier one word for word (a headline or caption scraped twice, an image's alt
/// text above its caption). The repeat is flagged; lines of fewer than six words are left alone because labels and
/// chanted slogans legitimately recur.
/// </summary>
public sealed class RepeatedParagraphCheck : ICheck
{
    private const int MinWords = 6;

    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.RepeatedParagraph;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in context.ContentLines())
        {
            var trimmed = line.Text.Trim();
            if (Tokenizer.Words(trimmed).Take(MinWords).Count() < MinWords)
            {
                continue;
            }

            var key = string.Join(' ', trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (firstLine.TryGetValue(key, out var earlier))
            {
                var (offset, length) = line.TrimmedSpan();
                yield return context.Finding(Rule, offset, length, $"This paragraph repeats line {earlier} word for word.");
            }
            else
            {
                firstLine[key] = line.Number;
            }
        }
    }
}

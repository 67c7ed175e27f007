using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Typography;

/// <summary>TQA021: the same word twice in a row ("der der" and "die die" can be valid German, so articles are skipped).</summary>
public sealed class DoubledWordCheck : ICheck
{
    private static readonly HashSet<string> ValidRepeats = new(StringComparer.Ordinal)
    {
        "der", "die", "das", "den", "dem", "des", "sie", "es", "er", "wir", "ihr", "was", "wer",
    };

    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.DoubledWord;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        for (var s = 0; s < context.TargetTokens.Count; s++)
        {
            var tokens = context.TargetTokens[s];
            var text = analysis.TargetSentences[s].Text;
            for (var i = 1; i < tokens.Count; i++)
            {
                var (a, b) = (tokens[i - 1], tokens[i]);
                if (a.Type != TokenType.Word || b.Type != TokenType.Word
                    || !string.Equals(a.Text, b.Text, StringComparison.OrdinalIgnoreCase)
                    || ValidRepeats.Contains(b.Text.ToLowerFast())
                    || !string.IsNullOrWhiteSpace(text[a.End..b.Offset]))
                {
                    continue;
                }

                yield return context.Finding(Rule, s, a.Offset, b.End - a.Offset, $"\"{b.Text}\" is written twice.");
            }
        }
    }
}

using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks;

/// <summary>
/// TQA024: two sentences run together without punctuation, seen as a capitalised sentence-opening function word
/// ("Das", "Dies", "Er") after a lower-case word and before a lower-case word ("... am 13. Januar ist Das sagte ...").
/// </summary>
public sealed class GarbledSentenceCheck : ICheck
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "Das", "Der", "Die", "Dies", "Diese", "Dieser", "Dieses", "Er", "Es", "Wir", "Ich", "Man", "Dann", "Doch", "Aber", "Und", "Auch", "Damit", "Dabei", "Zudem",
    };

    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.Garbled;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        for (var s = 0; s < context.TargetTokens.Count; s++)
        {
            var tokens = context.TargetTokens[s];
            for (var i = 1; i + 1 < tokens.Count; i++)
            {
                var (before, word, after) = (tokens[i - 1], tokens[i], tokens[i + 1]);
                if (word.Type == TokenType.Word && Openers.Contains(word.Text)
                    && before.Type == TokenType.Word && char.IsLower(before.Text[0])
                    && after.Type == TokenType.Word && char.IsLower(after.Text[0]))
                {
                    yield return context.Finding(Rule, s, before.Offset, after.End - before.Offset,
                        $"\"{word.Text}\" starts a new sentence in the middle of this one: a clause is cut off or sentences are run together.");
                }
            }
        }
    }
}

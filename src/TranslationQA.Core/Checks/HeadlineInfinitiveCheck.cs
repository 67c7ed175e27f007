using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks;

/// <summary>
/// TQA029: the English headline future "X to do Y" ("Blinken, Lavrov to hold talks") rendered as a purpose clause
/// ("Blinken, Lawrow, um Gespräche zu führen"): the German headline is names followed by ", um ... zu" and has no
/// verb of its own, so it says why instead of what will happen.
/// </summary>
public sealed class HeadlineInfinitiveCheck : ICheck
{
    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.HeadlineInfinitive;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        for (var s = 0; s < analysis.TargetSentences.Count; s++)
        {
            if (!context.IsHeadline(s) || context.SourceLang != "en")
            {
                continue;
            }

            var tokens = context.TargetTokens[s];
            var lower = context.TargetLower[s];
            var um = Array.IndexOf(lower, "um");
            var verb = um < 0 ? -1 : Infinitive(lower, um);
            if (um < 2 || tokens[um - 1].Text != "," || verb < 0)
            {
                continue;
            }

            // Before ", um" only names, and commas or "und" between them: the headline has no verb of its own.
            var subjectOnly = true;
            for (var k = 0; k < um - 1 && subjectOnly; k++)
            {
                subjectOnly = tokens[k].Type == TokenType.Punct || lower[k] == "und" || tokens[k].Type == TokenType.Word && char.IsUpper(tokens[k].Text[0]);
            }

            if (subjectOnly)
            {
                var last = tokens[verb];
                yield return context.Finding(Rule, s, tokens[um].Offset, last.End - tokens[um].Offset,
                    "The headline's \"to\" future (\"X to hold talks\") became a purpose clause (\"um ... zu\"): say what will happen (\"X führen Gespräche\", \"X wollen ... führen\").");
            }
        }
    }

    /// <summary>The "zu" infinitive after <paramref name="um"/>: the word after "zu", or one with "zu" inside ("vorzustellen").</summary>
    private static int Infinitive(string[] lower, int um)
    {
        for (var k = um + 1; k < lower.Length; k++)
        {
            if (lower[k] == "zu")
            {
                return k + 1 < lower.Length ? k + 1 : -1;
            }

            var inner = lower[k].IndexOf("zu", 1, StringComparison.Ordinal);
            if (inner > 0 && lower[k].EndsWith('n') && inner + 2 < lower[k].Length)
            {
                return k;
            }
        }

        return -1;
    }
}

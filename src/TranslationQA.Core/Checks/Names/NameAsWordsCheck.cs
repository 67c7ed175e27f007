using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Names;

/// <summary>
/// TQA004: a brand or outlet name translated word for word. With a source: a capitalised multi-token name
/// (e.g. "FRANCE 24") whose words are missing in the German sentence while German words glossed as those words
/// stand there. Without a source: a German dictionary word in capitals glued to a number or another acronym
/// ("FRANKREICH 24"), the shape of a translated brand.
/// </summary>
public sealed class NameAsWordsCheck : ICheck
{
    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.NameAsWords;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        for (var s = 0; s < context.TargetTokens.Count; s++)
        {
            var tokens = context.TargetTokens[s];
            var words = analysis.BackTranslations.Count > s ? analysis.BackTranslations[s].Words : [];
            for (var i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (t.Type != TokenType.Word || t.Length < 4 || !t.Text.All(char.IsUpper))
                {
                    continue;
                }

                var gloss = words.FirstOrDefault(w => w.Offset == t.Offset);
                if (gloss is null || gloss.Kind is not (TokenKind.Word or TokenKind.Function) || gloss.Glosses.Count == 0)
                {
                    continue;
                }

                var next = i + 1 < tokens.Count ? tokens[i + 1] : default;
                var brandShape = next.Type == TokenType.Number || next.Type == TokenType.Word && next.Text.All(char.IsUpper) && next.Length >= 2;
                if (!brandShape || SourceHasWord(context, s, t.Text))
                {
                    continue;
                }

                var end = next.End;
                yield return context.Finding(Rule, s, t.Offset, end - t.Offset,
                    $"\"{analysis.TargetSentences[s].Text[t.Offset..end]}\" looks like a name translated word for word (\"{t.Text}\" = {gloss.Gloss ?? gloss.Glosses[0]}).",
                    backTranslation: gloss.Gloss ?? gloss.Glosses[0]);
            }
        }
    }

    /// <summary>The source has the same capitalised word (then the German is a kept name, not a translation).</summary>
    private static bool SourceHasWord(ArticleContext context, int targetSentence, string word)
    {
        var pair = context.PairOfTarget[targetSentence];
        return pair >= 0 && context.Analysis.Pairs[pair].Source.Any(i =>
            context.SourceTokens[i].Any(t => t.Text.Equals(word, StringComparison.OrdinalIgnoreCase)));
    }
}

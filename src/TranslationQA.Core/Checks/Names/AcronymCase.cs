using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Names;

/// <summary>The acronym part of TQA005: one acronym written two ways in an article (NATO and Nato).</summary>
internal static class AcronymCase
{
    /// <summary>
    /// An acronym written both in capitals and as a word (NATO and Nato) in running text: the rarer form is flagged. A
    /// form at the start of a sentence or in an all-capitals line says nothing about the article's choice, and a word
    /// form the dictionary knows ("Zeit" beside the newspaper "ZEIT") is a different word, not a variant.
    /// </summary>
    public static IEnumerable<Finding> Find(ArticleContext context, RuleDescriptor rule)
    {
        var analysis = context.Analysis;
        var forms = new Dictionary<string, List<(int Sentence, Token Token)>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < context.TargetTokens.Count; s++)
        {
            var tokens = context.TargetTokens[s];
            if (context.IsResidueLine(analysis.TargetSentences[s].Line) || !seen.Add(analysis.TargetSentences[s].Text) || context.IsAllCapitals(s))
            {
                continue;
            }

            var words = analysis.BackTranslations.Count > s ? analysis.BackTranslations[s].Words : [];
            for (var k = 1; k < tokens.Count; k++)
            {
                var t = tokens[k];
                if (t.Type == TokenType.Word && t.Length is >= 3 and <= 6 && t.Text.All(char.IsLetter) && FollowsWithinSentence(tokens[k - 1])
                    && (t.Text.All(char.IsUpper) || char.IsUpper(t.Text[0]) && t.Text.Skip(1).All(char.IsLower) && NameSpellingCheck.MayBeName(words, t)))
                {
                    var key = t.Text.ToUpperInvariant();
                    if (!forms.TryGetValue(key, out var list))
                    {
                        forms[key] = list = [];
                    }

                    list.Add((s, t));
                }
            }
        }

        foreach (var (acronym, list) in forms)
        {
            var capitals = list.Count(o => o.Token.Text == acronym);
            var word = list.Count - capitals;
            if (capitals == 0 || word == 0 || capitals == word)
            {
                continue;
            }

            var (common, rare) = capitals > word ? (acronym, false) : (list.First(o => o.Token.Text != acronym).Token.Text, true);
            foreach (var (sentence, token) in list.Where(o => (o.Token.Text == acronym) == rare))
            {
                yield return context.Finding(rule, sentence, token.Offset, token.Length,
                    $"\"{token.Text}\" is written \"{common}\" elsewhere in the article; use one form.", Severity.Minor, common);
            }
        }
    }

    /// <summary>A word after a word, a number or a comma is inside its sentence; after a quote, dash or colon it may open one.</summary>
    private static bool FollowsWithinSentence(Token previous) =>
        previous.Type != TokenType.Punct || previous.Text is "," or ";" or ")";
}

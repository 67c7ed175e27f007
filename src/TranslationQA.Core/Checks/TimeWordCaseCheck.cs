using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks;

/// <summary>
/// TQA027: German capitalisation of time words, a rule MT often gets wrong. Adverbs in -s ("abends", "montags") are
/// lower case except after a genitive article ("des Abends"); a day part after "heute", "gestern", "morgen" is a noun
/// ("heute Abend", not "heute abend").
/// </summary>
public sealed class TimeWordCaseCheck : ICheck
{
    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "morgens", "vormittags", "mittags", "nachmittags", "abends", "nachts", "montags", "dienstags", "mittwochs",
        "donnerstags", "freitags", "samstags", "sonnabends", "sonntags", "werktags", "feiertags", "wochentags", "spätabends",
        "frühmorgens", "tagsüber",
    };

    private static readonly HashSet<string> DayParts = new(StringComparer.Ordinal)
    {
        "morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht",
    };

    private static readonly HashSet<string> RelativeDays = new(StringComparer.Ordinal)
    {
        "heute", "gestern", "morgen", "vorgestern", "übermorgen",
    };

    /// <summary>
    /// Words that make a following "Abends" or "Sonntags" a genitive noun: determiners ("des", "dieses", "eines") and
    /// inflected adjectives ("des gestrigen Abends", "eines schönen Sonntags"), recognised by their endings.
    /// </summary>
    private static bool MakesGenitive(string previous) =>
        previous is "des" or "eines" or "jedes" or "dieses" or "jenes" or "meines" or "deines" or "seines" or "ihres" or "unseres" or "eures"
        || previous.EndsWith("en", StringComparison.Ordinal) || previous.EndsWith("es", StringComparison.Ordinal);

    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.TimeWordCase;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        for (var s = 0; s < context.TargetTokens.Count; s++)
        {
            var tokens = context.TargetTokens[s];
            // An all-capitals headline says nothing about the case of a word.
            if (context.IsResidueLine(analysis.TargetSentences[s].Line) || context.IsAllCapitals(s))
            {
                continue;
            }

            var lower = context.TargetLower[s];
            for (var k = 1; k < tokens.Count; k++)
            {
                var (previous, word) = (tokens[k - 1], tokens[k]);
                if (word.Type != TokenType.Word || previous.Type != TokenType.Word)
                {
                    continue;
                }

                var message = (char.IsUpper(word.Text[0]), Adverbs.Contains(lower[k]), DayParts.Contains(lower[k])) switch
                {
                    (true, true, _) when !MakesGenitive(lower[k - 1]) && word.Text.Skip(1).All(char.IsLower) =>
                        $"\"{word.Text}\" is an adverb here and is written in lower case: \"{lower[k]}\".",
                    (false, _, true) when RelativeDays.Contains(lower[k - 1]) =>
                        $"After \"{previous.Text}\", \"{word.Text}\" is a noun: \"{previous.Text} {char.ToUpperInvariant(word.Text[0])}{word.Text[1..]}\".",
                    _ => null,
                };
                if (message is not null)
                {
                    yield return context.Finding(Rule, s, word.Offset, word.Length, message);
                }
            }
        }
    }
}

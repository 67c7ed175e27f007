using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Names;

/// <summary>
/// TQA025: a name left in its English or French form where German has its own (Poutine -> Putin, Moscou -> Moskau,
/// Genève -> Genf), from the exonym table of <see cref="NameKey"/>. Works without a source: the German text alone
/// shows it.
/// </summary>
public sealed class ForeignNameFormCheck : ICheck
{
    /// <summary>Forms in the table that German news also writes, or that are common first names.</summary>
    private static readonly HashSet<string> AlsoGerman = new(StringComparer.OrdinalIgnoreCase)
    {
        "belarus", "europe", "gaza", "jerusalem", "odesa", "milan", "florence",
    };

    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.ForeignNameForm;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        for (var s = 0; s < context.TargetTokens.Count; s++)
        {
            if (context.IsResidueLine(analysis.TargetSentences[s].Line))
            {
                continue;
            }

            foreach (var token in context.TargetTokens[s])
            {
                if (token.Type != TokenType.Word || !token.IsCapitalised || AlsoGerman.Contains(token.Text)
                    || NameKey.GermanForm(token.Text) is not { } german
                    || string.Equals(german, token.Text, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var expected = char.ToUpperInvariant(german[0]) + german[1..];
                yield return context.Finding(Rule, s, token.Offset, token.Length,
                    $"\"{token.Text}\" is the English or French form; German writes \"{expected}\".");
            }
        }
    }
}

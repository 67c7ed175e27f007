using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks;

/// <summary>
/// TQA028: a verbless scrap cut off from the sentence before it ("... sagte Blinken nach dem Treffen. Mit Lawrow in
/// Genf."): a short sentence inside a paragraph that opens with a preposition, links two phrases (a second
/// preposition, "und", "oder") and holds nothing but prepositions, articles, conjunctions and capitalised words, so it
/// has no verb. Set phrases such as "Ohne Erfolg." or "In der Tat." link nothing and pass; a paragraph of its own (a
/// dateline, a heading) is not a fragment.
/// </summary>
public sealed class SentenceFragmentCheck : ICheck
{
    private const int MaxWords = 5;

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "mit", "in", "im", "an", "am", "auf", "aus", "bei", "beim", "nach", "von", "vom", "zu", "zum", "zur", "für", "gegen",
        "ohne", "um", "unter", "über", "vor", "hinter", "neben", "zwischen", "durch", "seit", "während", "wegen", "trotz",
    };

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal)
    {
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen",
    };

    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.SentenceFragment;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        var sentences = analysis.TargetSentences;
        for (var s = 1; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            if (sentences[s - 1].Line != sentence.Line || context.IsResidueLine(sentence.Line) || !sentence.Text.EndsWith('.'))
            {
                continue;
            }

            var words = context.TargetTokens[s].Where(t => t.Type == TokenType.Word).ToList();
            var lower = context.TargetWordKeys[s];
            if (words.Count is < 2 or > MaxWords || !Prepositions.Contains(lower[0]) || context.TargetTokens[s].Any(t => t.Type == TokenType.Number))
            {
                continue;
            }

            // Two linked phrases ("Mit Lawrow in Genf", "Für Brot und Butter"), not a stylistic short sentence ("Ohne Erfolg.").
            var verbless = true;
            var links = 0;
            for (var w = 1; w < words.Count && verbless; w++)
            {
                var link = Prepositions.Contains(lower[w]) || lower[w] is "und" or "oder" or "sowie";
                links += link ? 1 : 0;
                verbless = link || char.IsUpper(words[w].Text[0]) || Articles.Contains(lower[w]);
            }

            if (verbless && links > 0)
            {
                yield return context.Finding(Rule, s, 0, sentence.Text.Length,
                    $"\"{sentence.Text}\" has no verb: it is a piece of the sentence before it, cut off by a full stop.");
            }
        }
    }
}

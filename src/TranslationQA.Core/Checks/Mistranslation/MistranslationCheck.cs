using TranslationQA.Core.Text;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Checks.Mistranslation;

/// <summary>
/// TQA001, the core check: in a 1:1, 1:2 or 2:1 bead, a source content word that no German gloss covers, while a
/// German content word whose glosses cover no source word stands at a comparable place (and the diff lost the
/// source word): the German word probably renders the source word in a wrong sense ("call" -> "Berufungsverfahren").
/// Evidence is required on both sides because a lexical gloss has gaps; and because those gaps leave a few uncovered
/// words in most faithful translations, the check only speaks when the rest of the pair is confirmed almost word for
/// word (one uncovered word in a short sentence, at most 15 % in a long one, few unexplained German words), only on
/// a German word at the same place, never on names, countries or numbers, and once per pair.
/// </summary>
public sealed class MistranslationCheck : ICheck
{
    private const double MaxPositionGap = 0.5;
    private const double MaxUncoveredShare = 0.15;
    private const double MaxUnexplainedShare = 0.25;

    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.Mistranslation;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        for (var p = 0; p < analysis.Pairs.Count; p++)
        {
            var pair = analysis.Pairs[p];
            if (pair.Kind is not (BeadKind.OneToOne or BeadKind.OneToTwo or BeadKind.TwoToOne)
                || pair.Target.Any(t => context.IsResidueLine(analysis.TargetSentences[t].Line)))
            {
                continue;
            }

            var words = context.PairWords(pair);
            if (!words.HasGlosses || words.Source.Count == 0)
            {
                continue;
            }

            var uncovered = words.Source.Where(s => !words.Covers(s)).ToList();
            // A faithful pair still has gloss gaps; only a pair confirmed almost word for word makes one gap telling.
            if (uncovered.Count == 0 || uncovered.Count > Math.Max(1, (int)(MaxUncoveredShare * words.Source.Count)))
            {
                continue;
            }

            var candidates = words.German.Where(g => words.IsUnexplained(g) && !PairWords.IsEntity(g.Gloss)).ToList();
            if (candidates.Count == 0 || candidates.Count > Math.Max(1, (int)(MaxUnexplainedShare * words.German.Count)))
            {
                continue;
            }

            var deleted = DeletedWords(p < analysis.Diffs.Count ? analysis.Diffs[p] : null);
            var best = uncovered.Where(s => deleted is null || deleted.Contains(s.Text.ToLowerFast()))
                .SelectMany(s => candidates.Select(g => (Source: s, German: g, Gap: Math.Abs(g.Position - s.Position))))
                .Where(c => c.Gap <= MaxPositionGap)
                .OrderByDescending(c => 1 - c.Gap + (c.German.NounLike == c.Source.NounLike ? 0.15 : 0))
                .FirstOrDefault();
            if (best.German is null)
            {
                continue;
            }

            var g = best.German;
            var gloss = g.Gloss.Gloss ?? string.Join(", ", g.Gloss.Glosses.Take(3));
            yield return context.Finding(Rule, g.Sentence, g.Gloss.Offset, g.Gloss.Length,
                $"\"{g.Gloss.Surface}\" means \"{gloss}\", which is not in the source; the source word \"{best.Source.Text}\" has no rendering in the German sentence.",
                Weigh(context, g, uncovered.Count), best.Source.Text, gloss, best.Source.Sentence);
        }
    }

    /// <summary>
    /// Minor by default (a gloss gap is weak evidence); major only for a noun in the headline or lead when it is the
    /// single uncovered word of the pair, where a wrong sense misleads most readers and the evidence is strongest.
    /// </summary>
    private static Severity Weigh(ArticleContext context, GermanWord word, int uncovered) =>
        uncovered == 1 && word.NounLike && context.IsHeadlineOrLead(word.Sentence) ? Severity.Major : Severity.Minor;

    /// <summary>Lower-case words the diff marks as lost from the source; null when the diff is empty (no evidence either way).</summary>
    private static HashSet<string>? DeletedWords(SentenceDiff? diff)
    {
        if (diff is null || diff.Pieces.Count == 0)
        {
            return null;
        }

        return diff.Pieces.Where(p => p.Operation == DiffOperation.Deleted)
            .SelectMany(p => Text.Tokenizer.Words(p.Text))
            .Select(t => Text.Stemmer.StripElision(t.Text).ToLowerFast())
            .ToHashSet(StringComparer.Ordinal);
    }
}

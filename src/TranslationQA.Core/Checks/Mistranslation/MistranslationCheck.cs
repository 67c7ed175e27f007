using TranslationQA.Core.Model;

namespace TranslationQA.Core.Checks.Mistranslation;

/// <summary>
/// TQA001, the core check: in a 1:1, 1:2 or 2:1 bead, a source content word that no German gloss covers, while a
/// German content word whose glosses cover no source word stands at a comparable place (and the diff lost the
/// source word): the German word probably renders the source word in a wrong sense ("call" -> "Berufungsverfahren").
/// Evidence is required on both sides because a lexical gloss has gaps.
/// </summary>
public sealed class MistranslationCheck : ICheck
{
    private const double MaxPositionGap = 0.5;
    private const int MaxFindingsPerPair = 2;

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

            var words = PairWords.Build(context, pair);
            if (!words.HasGlosses || words.Source.Count == 0)
            {
                continue;
            }

            var uncovered = words.Source.Where(s => !words.Covers(s)).ToList();
            // Most of the sentence must be confirmed, or the pair is misaligned or paraphrased: no word-level claim then.
            if (uncovered.Count == 0 || words.Source.Count - uncovered.Count < 0.5 * words.Source.Count)
            {
                continue;
            }

            var deleted = DeletedWords(p < analysis.Diffs.Count ? analysis.Diffs[p] : null);
            var candidates = words.German.Where(words.IsUnexplained).ToList();
            var findings = 0;
            foreach (var source in uncovered.Where(s => deleted is null || deleted.Contains(s.Text.ToLowerInvariant())))
            {
                var best = candidates
                    .Select(g => (German: g, Score: 1 - Math.Abs(g.Position - source.Position) + (g.NounLike == source.NounLike ? 0.15 : 0)))
                    .Where(c => Math.Abs(c.German.Position - source.Position) <= MaxPositionGap)
                    .OrderByDescending(c => c.Score)
                    .FirstOrDefault();
                if (best.German is null || findings >= MaxFindingsPerPair)
                {
                    continue;
                }

                candidates.Remove(best.German);
                findings++;
                var g = best.German;
                var gloss = g.Gloss.Gloss ?? string.Join(", ", g.Gloss.Glosses.Take(3));
                yield return context.Finding(Rule, g.Sentence, g.Gloss.Offset, g.Gloss.Length,
                    $"\"{g.Gloss.Surface}\" means \"{gloss}\", which is not in the source; the source word \"{source.Text}\" has no rendering in the German sentence.",
                    Weigh(context, g), source.Text, gloss, source.Sentence);
            }
        }
    }

    /// <summary>Headline and lead, and nouns and verbs, weigh more: three points make the finding major.</summary>
    private static Severity Weigh(ArticleContext context, GermanWord word)
    {
        var weight = 1;
        if (context.IsHeadlineOrLead(word.Sentence))
        {
            weight++;
        }

        if (word.NounLike || IsVerbLike(word.Gloss))
        {
            weight++;
        }

        return weight >= 3 ? Severity.Major : Severity.Minor;
    }

    private static bool IsVerbLike(WordGloss w) =>
        char.IsLower(w.Surface[0]) && (w.Lemma ?? w.Surface).EndsWith("en", StringComparison.Ordinal);

    /// <summary>Lower-case words the diff marks as lost from the source; null when the diff is empty (no evidence either way).</summary>
    private static HashSet<string>? DeletedWords(SentenceDiff? diff)
    {
        if (diff is null || diff.Pieces.Count == 0)
        {
            return null;
        }

        return diff.Pieces.Where(p => p.Operation == DiffOperation.Deleted)
            .SelectMany(p => Text.Tokenizer.Words(p.Text))
            .Select(t => Text.Stemmer.StripElision(t.Text).ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
    }
}

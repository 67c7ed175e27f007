using TranslationQA.Core.Links;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Checks.Mistranslation;

/// <summary>
/// TQA001, the core check, read from the bead's word links: a single source content word without counterpart and a
/// single German content word that renders nothing of the source stand between the same linked neighbours (in either
/// order, as German word order differs): the words around them correspond, and where the source says one thing the
/// German says another ("in call on Thursday" → "im Berufungsverfahren am Donnerstag"): the German word probably
/// renders the source word in a wrong sense. Names, countries and
/// numbers are left to their own rules. Evidence classes: "sure" when the rest of the bead is linked almost word for
/// word (a gloss gap elsewhere makes any one gap less telling), "loose" otherwise; "-headline" in the headline.
/// </summary>
public sealed class MistranslationCheck : ICheck
{
    // Share of the bead's compared source words that must be linked for the substitution to count as "sure".
    private const double SureCoverage = 0.8;

    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.Mistranslation;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        for (var p = 0; p < analysis.Pairs.Count; p++)
        {
            var pair = analysis.Pairs[p];
            var bead = analysis.Links[p];
            if (pair.Kind is not (BeadKind.OneToOne or BeadKind.OneToTwo or BeadKind.TwoToOne) || !bead.HasGlosses
                || pair.Target.Any(t => context.IsResidueLine(analysis.TargetSentences[t].Line)))
            {
                continue;
            }

            var (compared, linked) = bead.SourceCoverage();
            var sure = compared > 0 && linked >= SureCoverage * compared;
            // A German word without any sense is no evidence of a wrong one: the dictionary just does not know it.
            var germanRuns = WordRuns.Target(bead)
                .Where(r => r.Count == 1 && bead.Target[r.First] is { Role: WordRole.Content, Senses.Count: > 0 }).ToList();
            foreach (var run in WordRuns.Source(bead).Where(r => r.Count == 1 && bead.Source[r.First].Role == WordRole.Content))
            {
                var s = run.First;
                if (Between(bead, s) is not var (before, after))
                {
                    continue;
                }

                var source = bead.Source[s];
                var match = germanRuns.Where(r => r.First >= before - 1 && r.First <= after + 1)
                    .OrderBy(r => Math.Abs(bead.Target[r.First].Position - source.Position)).FirstOrDefault();
                if (match.Count == 0)
                {
                    continue;
                }

                var g = bead.Target[match.First];
                var gloss = g.Word.Gloss ?? string.Join(", ", g.Word.Glosses.Take(3));
                var headline = context.IsHeadline(g.Sentence) ? "-headline" : "";
                yield return context.Finding(Rule, g.Sentence, g.Word.Offset, g.Word.Length,
                    $"\"{g.Word.Surface}\" ({gloss}) stands where the source has \"{source.Text}\"; none of its dictionary senses renders it.",
                    Severity.Critical, source.Text, gloss, source.Sentence, (sure ? "sure" : "loose") + headline);
            }
        }
    }

    /// <summary>
    /// The range of German terms between those that render the linked source neighbours of source term
    /// <paramref name="s"/> (the nearest linked compared word before and after it), in one German sentence; null when
    /// a side has none.
    /// </summary>
    private static (int Before, int After)? Between(BeadLinks bead, int s)
    {
        int? before = null, after = null;
        for (var k = s - 1; k >= 0 && before is null; k--)
        {
            before = bead.OfSource(k).Select(l => (int?)l.Target).Max();
        }

        for (var k = s + 1; k < bead.Source.Count && after is null; k++)
        {
            after = bead.OfSource(k).Select(l => (int?)l.Target).Min();
        }

        return before is { } b && after is { } a && bead.Target[b].Sentence == bead.Target[a].Sentence ? (Math.Min(a, b), Math.Max(a, b)) : null;
    }
}

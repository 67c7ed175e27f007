using TranslationQA.Core.Links;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Checks.Mistranslation;

/// <summary>
/// TQA001, the core check, read from the bead's word links: a single source content word without counterpart and a
/// single German content word that renders nothing of the source stand between the same linked neighbours (in either
/// order, as German word order differs): the words around them correspond, and where the source says one thing the
/// German says another ("in call on Thursday" → "im Berufungsverfahren am Donnerstag"): the German word probably
/// renders the source word in a wrong sense. Names, countries and
/// numbers are left to their own rules. Only where that substitution is the bead's one gap on each side: with more
/// gaps, a gap is more often a paraphrase or a sense the dictionary lacks than a wrong sense (every substitution in
/// beads linked at 80 % or more: 0.15 precision on wmt21-mqm-ende tune, 0.07 on wmt22-ced tune, 0.27 on our fixtures).
/// Evidence classes: "single", and "single-headline" in the headline of an article of several lines.
/// </summary>
public sealed class MistranslationCheck : ICheck
{
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

            // One gap on each side; a German word without any sense is no evidence of a wrong one (the dictionary just
            // does not know it).
            if (WordRuns.Source(bead) is not [{ Count: 1 } run] || WordRuns.Target(bead) is not [{ Count: 1 } germanRun]
                || bead.Source[run.First] is not { Role: WordRole.Content } source
                || bead.Target[germanRun.First] is not { Role: WordRole.Content, Senses.Count: > 0 } g
                || Between(bead, run.First) is not var (before, after) || germanRun.First < before - 1 || germanRun.First > after + 1)
            {
                continue;
            }

            var gloss = g.Word.Gloss ?? string.Join(", ", g.Word.Glosses.Take(3));
            var headline = analysis.SourceSentences[^1].Line > 1 && context.IsHeadline(g.Sentence) ? "-headline" : "";
            yield return context.Finding(Rule, g.Sentence, g.Word.Offset, g.Word.Length,
                $"\"{g.Word.Surface}\" ({gloss}) stands where the source has \"{source.Text}\"; none of its dictionary senses renders it.",
                Severity.Critical, source.Text, gloss, source.Sentence, "single" + headline);
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

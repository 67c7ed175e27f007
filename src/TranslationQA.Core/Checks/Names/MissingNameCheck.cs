using TranslationQA.Core.Links;
using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Names;

/// <summary>
/// TQA003: a name of the source sentence that no German word renders: not spelt alike or transliterated, not the same
/// country or organisation, not a dictionary sense (acronyms and their German forms, "Rotes Kreuz"). Read from the
/// bead's word links. Evidence classes: "replaced" when the German has a name of its own there that renders nothing
/// of the source (Cameron → Johnson), "missing" otherwise; "-acronym" when the name is written in capitals, "-entity"
/// for a country or organisation (or a capital standing for one) that the German sentence replaced by a name naming none.
/// </summary>
public sealed class MissingNameCheck : ICheck
{

    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.MissingName;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        for (var p = 0; p < analysis.Pairs.Count; p++)
        {
            var pair = analysis.Pairs[p];
            if (pair.Source.Count == 0 || pair.Target.Count == 0 || pair.Target.Any(t => context.IsResidueLine(analysis.TargetSentences[t].Line)))
            {
                continue;
            }

            var bead = analysis.Links[p];
            // A German name of its own: a country or organisation, or a word the dictionary does not know (a capitalised
            // noun with dictionary senses, "Mark", is not a name even where the engine passed it through).
            var germanNames = Enumerable.Range(0, bead.Target.Count)
                .Where(g => !bead.IsTargetLinked(g) && bead.Target[g] is var t
                    && (t.Entity is not null || t.Role == WordRole.Name && t.Word.Glosses.Count <= 1)).ToList();
            foreach (var group in MissingGroups(context, bead))
            {
                var first = bead.Source[group[0]];
                var last = bead.Source[group[^1]];
                var name = analysis.SourceSentences[first.Sentence].Text[first.Offset..(last.Offset + last.Length)];
                var acronym = group.TrueForAll(s => bead.Source[s].Text.Length >= 2 && bead.Source[s].Text.All(c => !char.IsLower(c)));
                var entity = first.Entity is not null;
                var suffix = entity ? "-entity" : acronym ? "-acronym" : "";
                if (entity && germanNames.Count == 0)
                {
                    // A country or organisation without a German name in its place is often rendered by an adjective
                    // or a pronoun; only one replaced by another name is reported.
                    continue;
                }

                if (germanNames.Count > 0)
                {
                    var g = bead.Target[germanNames.MinBy(g => Math.Abs(bead.Target[g].Position - first.Position))];
                    yield return context.Finding(Rule, g.Sentence, g.Word.Offset, g.Word.Length,
                        $"The source name \"{name}\" does not appear in the German sentence; \"{g.Word.Surface}\" stands there and renders nothing of the source.",
                        Severity.Critical, name, sourceSentence: first.Sentence, evidence: "replaced" + suffix);
                }
                else
                {
                    var sentence = analysis.TargetSentences[pair.Target[0]];
                    yield return context.Finding(Rule, sentence.Span.Offset, sentence.Span.Length,
                        $"The source name \"{name}\" does not appear in the German sentence.", sourceText: name,
                        sourceSentence: first.Sentence, evidence: "missing" + suffix);
                }
            }
        }
    }

    /// <summary>Unlinked source names, neighbouring words of one name grouped ("Nicolas Sarkozy").</summary>
    private static List<List<int>> MissingGroups(ArticleContext context, BeadLinks bead)
    {
        var groups = new List<List<int>>();
        var germanHasNoEntity = !bead.Target.Any(t => t.Entity is not null);
        for (var s = 0; s < bead.Source.Count; s++)
        {
            var term = bead.Source[s];
            if (term.Role != WordRole.Name || bead.IsSourceLinked(s) || !IsName(context, term, germanHasNoEntity))
            {
                continue;
            }

            if (groups.Count > 0 && groups[^1][^1] == s - 1 && bead.Source[s - 1].Sentence == term.Sentence)
            {
                groups[^1].Add(s);
            }
            else
            {
                groups.Add([s]);
            }
        }

        return groups;
    }

    /// <summary>A name by the name rules of the source token (not a title, month or sentence-initial word), outside title case.</summary>
    private static bool IsName(ArticleContext context, SourceTerm term, bool germanHasNoEntity)
    {
        var tokens = context.SourceTokens[term.Sentence];
        var k = tokens.FindIndex(t => t.Offset <= term.Offset && term.Offset < t.End);
        if (k < 0 || context.Analysis.SourceSentences[term.Sentence].Line == 1 && IsTitleCase(tokens))
        {
            return false;
        }

        // A country or organisation is TQA006's while the German names it or another one; one the German sentence does
        // not name at all ("Berlin" as "Bonn") is a missing name like any other.
        if (term.Entity is not null)
        {
            return germanHasNoEntity;
        }

        return NameCandidates.IsName(tokens, k, context.SourceLang, context.SourceCapitalisedMidSentence)
            || tokens[k].Text.Contains('-', StringComparison.Ordinal) && char.IsUpper(term.Text[0]);
    }

    /// <summary>An English title-case headline ("Virginia Beach Takes Down Confederate Monument"): every word looks like a name there.</summary>
    private static bool IsTitleCase(List<Token> tokens)
    {
        var words = tokens.Where(t => t.Type == TokenType.Word && t.Length >= 4).ToList();
        return words.Count >= 3 && words.TrueForAll(t => t.IsCapitalised);
    }
}

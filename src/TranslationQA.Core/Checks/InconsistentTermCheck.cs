using TranslationQA.Core.Links;
using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks;

/// <summary>
/// TQA022: one source word rendered by different German nouns within the article, read from the word links (needs a
/// source and glosses). The rarer renderings are flagged; compounds of the main rendering ("Gespräch"/"Krisengespräch")
/// count as the same.
/// </summary>
public sealed class InconsistentTermCheck : ICheck
{
    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.InconsistentTerm;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        var renderings = new Dictionary<string, List<(string Key, TargetTerm Word, string Source)>>(StringComparer.Ordinal);
        foreach (var bead in analysis.Links.Where(b => b.Pair.Kind is BeadKind.OneToOne or BeadKind.OneToTwo or BeadKind.TwoToOne))
        {
            foreach (var link in bead.TermLinks.Where(l => l.Kind == LinkKind.Sense))
            {
                var source = bead.Source[link.Source];
                var german = bead.Target[link.Target];
                // Nouns: a capitalised German word inside its sentence, for a source content word.
                if (source.Role != WordRole.Content || source.Stem.Length < 4 || german.Word.Offset == 0 || !char.IsUpper(german.Word.Surface[0]))
                {
                    continue;
                }

                var key = Stemmer.Stem(german.Word.Lemma ?? german.Word.Surface, "de");
                if (!renderings.TryGetValue(source.Stem, out var list))
                {
                    renderings[source.Stem] = list = [];
                }

                list.Add((key, german, source.Text));
            }
        }

        foreach (var (_, list) in renderings)
        {
            var groups = list.GroupBy(r => r.Key).OrderByDescending(g => g.Count()).ToList();
            if (groups.Count < 2)
            {
                continue;
            }

            var main = groups[0];
            foreach (var other in groups.Skip(1).Where(g => g.Count() < main.Count() && !SameTerm(main.Key, g.Key)))
            {
                foreach (var (_, word, source) in other)
                {
                    yield return context.Finding(Rule, word.Sentence, word.Word.Offset, word.Word.Length,
                        $"\"{word.Word.Surface}\" renders \"{source}\", which is \"{main.First().Word.Word.Surface}\" elsewhere in the article.",
                        sourceText: source, backTranslation: word.Word.Gloss);
                }
            }
        }
    }

    private static bool SameTerm(string a, string b) =>
        Stemmer.Related(a, b) || a.Length >= 4 && b.Length >= 4 && (a.EndsWith(b, StringComparison.Ordinal) || b.EndsWith(a, StringComparison.Ordinal));
}

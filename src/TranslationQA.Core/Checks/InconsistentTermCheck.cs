using TranslationQA.Core.Checks.Mistranslation;
using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks;

/// <summary>
/// TQA022: one source noun rendered by different German nouns within the article (needs a source and glosses).
/// The rarer renderings are flagged; compounds of the main rendering ("Gespräch"/"Krisengespräch") count as the same.
/// </summary>
public sealed class InconsistentTermCheck : ICheck
{
    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.InconsistentTerm;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        var renderings = new Dictionary<string, List<(string Key, GermanWord Word, string Source)>>(StringComparer.Ordinal);
        foreach (var pair in analysis.Pairs.Where(p => p.Kind is BeadKind.OneToOne or BeadKind.OneToTwo or BeadKind.TwoToOne))
        {
            var words = context.PairWords(pair);
            foreach (var source in words.Source.Where(s => s.NounLike && s.Stem.Length >= 4))
            {
                foreach (var german in words.German.Where(g => g.NounLike && g.GlossStems.Any(s => Stemmer.Related(s, source.Stem))))
                {
                    var key = Stemmer.Stem(german.Gloss.Lemma ?? german.Gloss.Surface, "de");
                    if (!renderings.TryGetValue(source.Stem, out var list))
                    {
                        renderings[source.Stem] = list = [];
                    }

                    list.Add((key, german, source.Text));
                }
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
                    yield return context.Finding(Rule, word.Sentence, word.Gloss.Offset, word.Gloss.Length,
                        $"\"{word.Gloss.Surface}\" renders \"{source}\", which is \"{main.First().Word.Gloss.Surface}\" elsewhere in the article.",
                        sourceText: source, backTranslation: word.Gloss.Gloss);
                }
            }
        }
    }

    private static bool SameTerm(string a, string b) =>
        Stemmer.Related(a, b) || a.Length >= 4 && b.Length >= 4 && (a.EndsWith(b, StringComparison.Ordinal) || b.EndsWith(a, StringComparison.Ordinal));
}

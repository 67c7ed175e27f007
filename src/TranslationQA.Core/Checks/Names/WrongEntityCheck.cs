using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Names;

/// <summary>
/// TQA006: the German sentence names a country or organisation more often than its source does — in place of
/// one the source names (critical), or as a standalone noun the source never had (major).
/// </summary>
public sealed class WrongEntityCheck : ICheck
{
    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.WrongEntity;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        foreach (var pair in analysis.Pairs.Where(p => p.Source.Count > 0 && p.Target.Count > 0))
        {
            var source = pair.Source.SelectMany(i => Gazetteer.Find(context.SourceTokens[i])).GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.Count());
            var target = pair.Target.SelectMany(t => Gazetteer.Find(context.TargetTokens[t]).Select(e => (e.Id, Sentence: t, e.Index))).ToList();
            var missing = source.Where(s => s.Value > target.Count(t => t.Id == s.Key)).Select(s => s.Key).ToList();
            foreach (var group in target.GroupBy(t => t.Id))
            {
                var extra = group.Count() - source.GetValueOrDefault(group.Key);
                if (extra <= 0)
                {
                    continue;
                }

                // The last occurrence is most often the substituted one; hyphen compounds ("US-Präsident") are routine additions.
                var (id, sentence, index) = group.Last();
                var token = context.TargetTokens[sentence][index];
                var standalone = !token.Text.Contains('-', StringComparison.Ordinal);
                if (missing.Count > 0)
                {
                    yield return context.Finding(Rule, sentence, token.Offset, token.Length,
                        $"\"{token.Text}\" ({id}) where the source names {string.Join(", ", missing)}.",
                        sourceText: context.SourceText(pair), sourceSentence: pair.Source[0], evidence: "replaced");
                }
                else if (standalone && source.Count > 0)
                {
                    yield return context.Finding(Rule, sentence, token.Offset, token.Length,
                        $"\"{token.Text}\" ({id}) is named more often than in the source sentence: check the country.",
                        Severity.Major, context.SourceText(pair), sourceSentence: pair.Source[0], evidence: "extra");
                }
            }
        }
    }
}

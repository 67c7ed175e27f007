using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Names;

/// <summary>
/// TQA003: a name of the source sentence that appears in no spelling (German transliteration allowed) in the
/// aligned German sentences and is not covered by any gloss either.
/// </summary>
public sealed class MissingNameCheck : ICheck
{
    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.MissingName;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        var lang = context.SourceLang;
        foreach (var pair in analysis.Pairs.Where(p => p.Source.Count > 0 && p.Target.Count > 0))
        {
            var targetWords = pair.Target.SelectMany(t => context.TargetTokens[t]).Where(t => t.Type == TokenType.Word)
                .SelectMany(t => t.Text.Split('-', '‑').Append(t.Text)).Where(p => p.Length > 1).Distinct().ToList();
            var targetKeys = targetWords.SelectMany(w => (string[])[NameKey.Of(w), NameKey.Of(StripGenitive(w))]).ToHashSet();
            var glossStems = pair.Target.SelectMany(t => analysis.BackTranslations[t].Words).SelectMany(w => w.Glosses.Append(w.Gloss ?? ""))
                .SelectMany(g => g.Split(' ', '-')).Where(g => g.Length > 0).Select(g => Stemmer.Stem(g, lang)).ToHashSet();
            foreach (var s in pair.Source)
            {
                var tokens = context.SourceTokens[s];
                for (var i = 0; i < tokens.Count; i++)
                {
                    if (!NameCandidates.IsName(tokens, i, lang, context.SourceCapitalisedMidSentence))
                    {
                        continue;
                    }

                    var name = Stemmer.StripElision(tokens[i].Text);
                    var key = NameKey.Of(name);
                    if (targetKeys.Contains(key) || targetWords.Any(w => NameKey.Same(w, name) || NameKey.Same(StripGenitive(w), name))
                        || glossStems.Contains(Stemmer.Stem(name, lang)))
                    {
                        continue;
                    }

                    var sentence = analysis.TargetSentences[pair.Target[0]];
                    yield return context.Finding(Rule, sentence.Span.Offset, sentence.Span.Length,
                        $"The source name \"{name}\" does not appear in the German sentence.", sourceText: name, sourceSentence: s);
                }
            }
        }
    }

    private static string StripGenitive(string w) => w.Length > 4 && w.EndsWith('s') ? w[..^1] : w;
}

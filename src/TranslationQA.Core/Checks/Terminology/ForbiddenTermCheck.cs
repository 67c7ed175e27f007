using TranslationQA.Core.Model;

namespace TranslationQA.Core.Checks.Terminology;

/// <summary>
/// TQA032: a German term the glossary forbids (deprecated, superseded, or in the CSV forbidden column). An entry with a
/// source term in the article's language forbids the word as a rendering of that term: where the German sentence is
/// aligned to source sentences, only when the term is there. Without a source (or for house style with no source term)
/// the word is forbidden wherever it stands.
/// </summary>
public sealed class ForbiddenTermCheck(Glossary glossary) : ICheck
{
    private readonly IReadOnlyList<CompiledEntry> _entries = [.. glossary.Compiled.Where(e => e.Forbidden.Count > 0)];

    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.ForbiddenTerm;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        if (_entries.Count == 0)
        {
            yield break;
        }

        var context = ArticleContext.For(analysis);
        var lang = context.SourceLang;
        for (var s = 0; s < analysis.TargetSentences.Count; s++)
        {
            var words = TermWord.Target(context, s);
            var keys = TermWord.Keys(words, "de");
            var sourceWords = SourceOf(context, s);
            HashSet<string>? sourceKeys = null;
            foreach (var entry in _entries)
            {
                if (!entry.Forbidden.Any(t => t.MayOccur(keys, "de")))
                {
                    continue;
                }

                var sources = entry.SourceFor(lang).ToList();
                sourceKeys ??= sourceWords is null ? null : TermWord.Keys(sourceWords, lang);
                var sourceHit = sourceWords is null ? null : sources.FirstOrDefault(p => p.MayOccur(sourceKeys!, lang) && p.Occurs(sourceWords, lang));
                if (sourceWords is not null && sources.Count > 0 && sourceHit is null)
                {
                    continue;
                }

                foreach (var term in entry.Forbidden.Where(t => t.MayOccur(keys, "de")))
                {
                    foreach (var (first, last) in term.Matches(words, "de"))
                    {
                        var start = words[first].Offset;
                        var length = words[last].Offset + words[last].Surface.Length - start;
                        var use = entry.Approved.Count == 0 ? "" : $"; use {string.Join(" or ", entry.Approved.Select(a => $"\"{a.Plain}\""))}";
                        yield return context.Finding(Rule, s, start, length,
                            $"\"{analysis.TargetSentences[s].Text.Substring(start, length)}\" is a forbidden term{use}. Glossary: {entry.Entry.Describe()}.",
                            entry.Entry.Severity, sourceText: sourceHit?.Plain);
                    }
                }
            }
        }
    }

    /// <summary>The words of the source sentences aligned with target sentence <paramref name="sentence"/>, or null when it has none.</summary>
    private static TermWord[]? SourceOf(ArticleContext context, int sentence)
    {
        var pair = context.PairOfTarget[sentence];
        if (!context.HasAlignment || pair < 0 || context.Analysis.Pairs[pair].Source.Count == 0)
        {
            return null;
        }

        return [.. context.Analysis.Pairs[pair].Source.SelectMany(i => TermWord.Source(context, i))];
    }
}

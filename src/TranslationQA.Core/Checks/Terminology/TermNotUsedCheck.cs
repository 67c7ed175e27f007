using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Terminology;

/// <summary>
/// TQA031: a source term of the glossary occurs in a source sentence and none of its approved German terms is in the
/// German sentences aligned with it. The finding marks the German word the word links say renders the term, else the
/// German sentence.
/// </summary>
public sealed class TermNotUsedCheck(Glossary glossary) : ICheck
{
    private readonly IReadOnlyList<CompiledEntry> _entries = [.. glossary.Compiled.Where(e => e.Approved.Count > 0 && e.Entry.Source.Count > 0)];

    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.TermNotUsed;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        if (_entries.Count == 0 || !context.HasAlignment)
        {
            yield break;
        }

        var lang = context.SourceLang;
        for (var p = 0; p < analysis.Pairs.Count; p++)
        {
            var pair = analysis.Pairs[p];
            if (pair.Source.Count == 0 || pair.Target.Count == 0)
            {
                continue;
            }

            var source = pair.Source.Select(i => (Sentence: i, Words: TermWord.Source(context, i))).ToList();
            var sourceKeys = TermWord.Keys(source.SelectMany(s => s.Words), lang);
            var target = pair.Target.SelectMany(i => TermWord.Target(context, i)).ToList();
            var targetKeys = TermWord.Keys(target, "de");
            foreach (var entry in _entries)
            {
                var hit = source.SelectMany(s => entry.SourceFor(lang).Where(term => term.MayOccur(sourceKeys, lang))
                    .SelectMany(term => term.Matches(s.Words, lang).Select(m => (term, s.Sentence, Word: s.Words[m.First])))).FirstOrDefault();
                if (hit.term is null || entry.Approved.Any(a => a.MayOccur(targetKeys, "de") && a.Occurs(target, "de")))
                {
                    continue;
                }

                var (sentence, offset, length) = Rendering(analysis, p, hit.Sentence, hit.Word) ?? (pair.Target[0], 0, analysis.TargetSentences[pair.Target[0]].Text.Length);
                var approved = string.Join(" or ", entry.Approved.Select(a => $"\"{a.Plain}\""));
                var word = Stemmer.StripElision(hit.Word.Surface);
                yield return context.Finding(Rule, sentence, offset, length,
                    $"\"{word}\" is rendered without the approved term {approved}. Glossary: {entry.Entry.Describe()}.",
                    entry.Entry.Severity, sourceText: word, sourceSentence: hit.Sentence);
            }
        }
    }

    /// <summary>The German word the word links say renders the source word, if any.</summary>
    private static (int Sentence, int Offset, int Length)? Rendering(ArticleAnalysis analysis, int pair, int sentence, TermWord word)
    {
        var links = analysis.Links[pair];
        for (var s = 0; s < links.Source.Count; s++)
        {
            var term = links.Source[s];
            if (term.Sentence == sentence && term.Offset >= word.Offset && term.Offset < word.Offset + word.Surface.Length)
            {
                var german = links.OfSource(s).Select(l => links.Target[l.Target]).FirstOrDefault();
                return german is null ? null : (german.Sentence, german.Word.Offset, german.Word.Length);
            }
        }

        return null;
    }
}

using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Alignment;

/// <summary>TQA013: a source sentence with no German counterpart; the finding is a zero-length mark where it is missing.</summary>
public sealed class OmissionCheck : ICheck
{
    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.Omission;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        for (var p = 0; p < analysis.Pairs.Count; p++)
        {
            var pair = analysis.Pairs[p];
            if (pair.Kind != BeadKind.Omission)
            {
                continue;
            }

            // Mark the start of the next translated sentence (or the end of the text) as the place of the gap.
            var next = analysis.Pairs.Skip(p + 1).FirstOrDefault(q => q.Target.Count > 0);
            var at = next is null ? analysis.Article.Target.TrimEnd().Length : analysis.TargetSentences[next.Target[0]].Span.Offset;
            foreach (var s in pair.Source.Where(s => !context.InUntranslatedUnit(s)))
            {
                var text = analysis.SourceSentences[s].Text;
                var words = Tokenizer.Words(text).Count();
                yield return context.Finding(Rule, at, 0, $"The source sentence \"{Shorten(text)}\" is not translated.",
                    words >= 5 ? Rule.DefaultSeverity : Severity.Minor, text, sourceSentence: s);
            }
        }
    }

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..77] + "...";
}

using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Typography;

/// <summary>TQA020: a space before , . ; : ! ? (not before opening quotes, dashes or an ellipsis).</summary>
public sealed class SpaceBeforePunctuationCheck : ICheck
{
    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.SpaceBeforePunctuation;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        foreach (var line in context.ContentLines())
        {
            var s = line.Text;
            for (var i = 1; i < s.Length; i++)
            {
                if (s[i] is not (',' or '.' or ';' or ':' or '!' or '?') || s[i - 1] != ' ')
                {
                    continue;
                }

                var before = i - 1;
                while (before > 0 && s[before] == ' ')
                {
                    before--;
                }

                var afterOk = i + 1 >= s.Length || s[i + 1] is ' ' or '“' or '”' or '"' or '«' or ')';
                var isEllipsis = s[i] == '.' && i + 1 < s.Length && s[i + 1] == '.';
                var hasWordBefore = char.IsLetterOrDigit(s[before]) || s[before] is '“' or '”' or ')' or '«' or '"';
                if (afterOk && !isEllipsis && hasWordBefore && before < i - 1)
                {
                    yield return context.Finding(Rule, line.Offset + before + 1, i - before, $"Space before \"{s[i]}\".");
                }
            }
        }
    }
}

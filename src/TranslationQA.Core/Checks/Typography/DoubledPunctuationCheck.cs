using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Typography;

/// <summary>TQA019: a punctuation mark repeated (". .", ",,", "..") but not an ellipsis ("...").</summary>
public sealed class DoubledPunctuationCheck : ICheck
{
    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.DoubledPunctuation;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        foreach (var line in context.ContentLines())
        {
            var s = line.Text;
            for (var i = 0; i < s.Length; i++)
            {
                if (s[i] is not ('.' or ',' or ';' or ':'))
                {
                    continue;
                }

                if (s[i] == '.' && i + 1 < s.Length && s[i + 1] == '.')
                {
                    var run = 0;
                    while (i + run < s.Length && s[i + run] == '.')
                    {
                        run++;
                    }

                    if (run == 2)
                    {
                        yield return context.Finding(Rule, line.Offset + i, 2, "Full stop written twice.");
                    }

                    i += run - 1;
                    continue;
                }

                var j = i + 1;
                while (j < s.Length && s[j] == ' ')
                {
                    j++;
                }

                var repeated = j < s.Length && s[j] is '.' or ',' or ';' or ':' && (j > i + 1 || s[i] == s[j]);
                if (repeated && !(j + 2 < s.Length && s[j] == '.' && s[j + 1] == '.' && s[j + 2] == '.'))
                {
                    yield return context.Finding(Rule, line.Offset + i, j - i + 1, $"Punctuation doubled: \"{s[i..(j + 1)]}\".");
                    i = j;
                }
            }
        }
    }
}

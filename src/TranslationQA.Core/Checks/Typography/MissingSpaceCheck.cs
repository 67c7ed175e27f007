using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Typography;

/// <summary>TQA016: a sentence end glued to the next sentence ("gefasst.Blinken", "unterstützten.„Wir").</summary>
public sealed class MissingSpaceCheck : ICheck
{
    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.MissingSpace;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        foreach (var line in context.ContentLines())
        {
            var s = line.Text;
            for (var i = 2; i < s.Length - 1; i++)
            {
                if (s[i] is not ('.' or '!' or '?' or ':') || !EndsSentence(s, i) || !StartsSentence(s, i + 1))
                {
                    continue;
                }

                var from = i;
                while (from > 0 && !char.IsWhiteSpace(s[from - 1]))
                {
                    from--;
                }

                var to = i + 1;
                while (to < s.Length && !char.IsWhiteSpace(s[to]))
                {
                    to++;
                }

                yield return context.Finding(Rule, line.Offset + from, to - from,
                    $"No space after \"{s[i]}\": two sentences run together.");
            }
        }
    }

    /// <summary>The mark ends a word of two or more lower-case letters, or a closing quote/bracket: not "z.B." nor "U.S.".</summary>
    private static bool EndsSentence(string s, int i)
    {
        var p = s[i - 1];
        if (p is '“' or '”' or '"' or '«' or ')' or '’')
        {
            return char.IsLetterOrDigit(s[i - 2]) || s[i - 2] is '.' or '!' or '?';
        }

        return char.IsLower(p) && char.IsLower(s[i - 2]);
    }

    /// <summary>An upper-case letter, or an opening quote followed by a letter, starts the next sentence.</summary>
    private static bool StartsSentence(string s, int j)
    {
        if (char.IsUpper(s[j]))
        {
            return j + 1 >= s.Length || char.IsLower(s[j + 1]) || char.IsUpper(s[j + 1]) && s[j - 1] != ':';
        }

        return s[j] is '„' or '»' or '“' or '"' && j + 1 < s.Length && char.IsLetter(s[j + 1]);
    }
}

using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Numbers;

/// <summary>
/// TQA007: every number of the source sentence must be in the aligned German sentences (after locale conversion:
/// 100,000 = 100.000, 1.5 = 1,5, fifty = fünfzig, 10:30 p.m. = 22.30 Uhr) and the German must add none.
/// </summary>
public sealed class NumberMismatchCheck : ICheck
{
    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.NumberMismatch;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        foreach (var pair in analysis.Pairs.Where(p => p.Source.Count > 0 && p.Target.Count > 0))
        {
            var source = pair.Source.SelectMany(i => NumberParser.Extract(context.SourceTokens[i], analysis.SourceSentences[i].Text, context.SourceLang)
                .Select(v => (Value: v, Sentence: i))).ToList();
            var target = pair.Target.SelectMany(t => NumberParser.Extract(context.TargetTokens[t], analysis.TargetSentences[t].Text, "de")
                .Select(v => (Value: v, Sentence: t))).ToList();
            var unmatchedTarget = target.ToList();
            var missing = new List<(NumberValue Value, int Sentence)>();
            foreach (var s in source)
            {
                var hit = unmatchedTarget.FindIndex(t => Same(s.Value.Value, t.Value.Value));
                if (hit >= 0)
                {
                    unmatchedTarget.RemoveAt(hit);
                }
                else if (s.Value.IsDigits)
                {
                    missing.Add(s);
                }
            }

            var extras = unmatchedTarget.Where(t => t.Value.IsDigits).ToList();
            string? sourceText = null;
            for (var k = 0; k < extras.Count; k++)
            {
                var (value, sentence) = extras[k];
                var text = analysis.TargetSentences[sentence].Text.Substring(value.Offset, value.Length);
                if (k < missing.Count)
                {
                    var src = SourceToken(analysis, missing[k]);
                    yield return context.Finding(Rule, sentence, value.Offset, value.Length,
                        $"\"{text}\" does not match the source number \"{src}\".", sourceText: src, sourceSentence: pair.Source[0]);
                }
                else
                {
                    yield return context.Finding(Rule, sentence, value.Offset, value.Length,
                        $"\"{text}\" is not in the source sentence.", Severity.Minor, sourceText ??= context.SourceText(pair), sourceSentence: pair.Source[0]);
                }
            }

            foreach (var m in missing.Skip(extras.Count))
            {
                var first = analysis.TargetSentences[pair.Target[0]];
                var src = SourceToken(analysis, m);
                yield return context.Finding(Rule, first.Span.Offset, first.Span.Length,
                    $"The source number \"{src}\" is missing in the German sentence.", sourceText: src, sourceSentence: pair.Source[0]);
            }
        }
    }

    private static bool Same(double a, double b) => Math.Abs(a - b) < 1e-9 || a is >= 1 and <= 12 && Math.Abs(a + 12 - b) < 1e-9;

    private static string SourceToken(ArticleAnalysis analysis, (NumberValue Value, int Sentence) number) =>
        analysis.SourceSentences[number.Sentence].Text.Substring(number.Value.Offset, number.Value.Length);
}

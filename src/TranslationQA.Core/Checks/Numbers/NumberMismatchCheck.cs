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
                var clock = IsClockTime(context.SourceTokens[s.Sentence], s.Value.Offset);
                var hit = unmatchedTarget.FindIndex(t => Same(s.Value.Value, t.Value.Value, clock)
                    || IsDecade(analysis.TargetSentences[t.Sentence].Text, t.Value) && (s.Value.Value == 1900 + t.Value.Value || s.Value.Value == 2000 + t.Value.Value));
                if (hit >= 0)
                {
                    unmatchedTarget.RemoveAt(hit);
                }
                else if (s.Value.IsDigits && !Converted(context.SourceTokens[s.Sentence], s.Value.Offset, context.SourceLang, "source"))
                {
                    missing.Add(s);
                }
            }

            // A number grouped irregularly ("2,06737": neither thousands nor a decimal; South Asian grouping writes
            // 2,06,737) can be read several ways: nothing in the bead is compared then, rather than guessed.
            if (context.SourceLang == "en" && source.Exists(s => IrregularGrouping(SourceToken(analysis, s))))
            {
                continue;
            }

            // A German number of a converted unit ("27 Grad", "30 Meter") or a decade ("60er") has no digits to match.
            var extras = unmatchedTarget.Where(t => t.Value.IsDigits && !Converted(context.TargetTokens[t.Sentence], t.Value.Offset, "de", "target")
                && !IsDecade(analysis.TargetSentences[t.Sentence].Text, t.Value)).ToList();
            string? sourceText = null;
            for (var k = 0; k < extras.Count; k++)
            {
                var (value, sentence) = extras[k];
                var text = analysis.TargetSentences[sentence].Text.Substring(value.Offset, value.Length);
                if (k < missing.Count)
                {
                    var src = SourceToken(analysis, missing[k]);
                    yield return context.Finding(Rule, sentence, value.Offset, value.Length,
                        $"\"{text}\" does not match the source number \"{src}\".", Severity.Critical, src, sourceSentence: pair.Source[0],
                        evidence: "changed");
                }
                else
                {
                    yield return context.Finding(Rule, sentence, value.Offset, value.Length,
                        $"\"{text}\" is not in the source sentence.", Severity.Major, sourceText ??= context.SourceText(pair), sourceSentence: pair.Source[0],
                        evidence: "added");
                }
            }

            foreach (var m in missing.Skip(extras.Count))
            {
                var first = analysis.TargetSentences[pair.Target[0]];
                var src = SourceToken(analysis, m);
                yield return context.Finding(Rule, first.Span.Offset, first.Span.Length,
                    $"The source number \"{src}\" is missing in the German sentence.", sourceText: src, sourceSentence: pair.Source[0],
                    evidence: "missing");
            }
        }
    }

    /// <summary>Equal values; a clock hour of the source may also be its 24-hour form (10 p.m. = 22 Uhr).</summary>
    private static bool Same(double a, double b, bool clock) => Math.Abs(a - b) < 1e-9 || clock && a is >= 1 and <= 12 && Math.Abs(a + 12 - b) < 1e-9;

    /// <summary>True when an English thousands comma is followed by four digits or more ("2,06737").</summary>
    private static bool IrregularGrouping(string number)
    {
        var run = 0;
        var afterSeparator = false;
        foreach (var c in number)
        {
            if (char.IsAsciiDigit(c))
            {
                run++;
                if (afterSeparator && run >= 4)
                {
                    return true;
                }
            }
            else
            {
                (run, afterSeparator) = (0, c == ',');
            }
        }

        return false;
    }

    /// <summary>True for a source time: "10:30", or a number followed by a.m./p.m.</summary>
    private static bool IsClockTime(List<Token> tokens, int offset)
    {
        var k = tokens.FindIndex(t => t.Offset == offset);
        return k >= 0 && (tokens[k].Text.Contains(':', StringComparison.Ordinal)
            || k + 1 < tokens.Count && tokens[k + 1].Text.ToLowerFast() is "am" or "pm" or "a" or "p" or "h" or "heures" or "o'clock" or "o’clock");
    }

    private static bool Converted(List<Token> tokens, int offset, string lang, string side)
    {
        var k = tokens.FindIndex(t => t.Offset == offset);
        return k >= 0 && ConvertedUnits.Follows(tokens, k, lang, side);
    }

    /// <summary>"60er" (the sixties) or "1960er": a decade, which the source writes as "1960s".</summary>
    private static bool IsDecade(string sentence, NumberValue value) =>
        value.Offset + value.Length + 2 <= sentence.Length && sentence.AsSpan(value.Offset + value.Length, 2) is "er";

    private static string SourceToken(ArticleAnalysis analysis, (NumberValue Value, int Sentence) number) =>
        analysis.SourceSentences[number.Sentence].Text.Substring(number.Value.Offset, number.Value.Length);
}

using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Numbers;

/// <summary>
/// TQA007: every number of the source sentence must be in the aligned German sentences (after locale conversion:
/// 100,000 = 100.000, 1.5 = 1,5, fifty = fünfzig, 12 billion = 12 Milliarden, 10:30 p.m. = 22.30 Uhr) and the German
/// must add none. A source number without its value in German is paired, in order, with a German number that has no
/// source value: a changed number, its evidence class telling digits, number words and scale words apart.
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
            var source = pair.Source.SelectMany(i => NumberParser.Extract(context.SourceTokens[i], analysis.SourceSentences[i].Text, context.SourceLang, withScales: true)
                .Select(v => (Value: v, Sentence: i))).ToList();
            var target = pair.Target.SelectMany(t => NumberParser.Extract(context.TargetTokens[t], analysis.TargetSentences[t].Text, "de", withScales: true)
                .Select(v => (Value: v, Sentence: t))).ToList();
            var unmatchedTarget = target.ToList();
            var missing = new List<(NumberValue Value, int Sentence)>();
            var sourceConverted = false;
            foreach (var s in source)
            {
                var clock = IsClockTime(context.SourceTokens[s.Sentence], s.Value.Offset);
                var hit = unmatchedTarget.FindIndex(t => Same(s.Value.Value, t.Value.Value, clock) || UnreadScale(s.Value, t.Value)
                    || IsDecade(analysis.TargetSentences[t.Sentence].Text, t.Value) && (s.Value.Value == 1900 + t.Value.Value || s.Value.Value == 2000 + t.Value.Value));
                if (hit >= 0)
                {
                    unmatchedTarget.RemoveAt(hit);
                }
                else if (Converted(context.SourceTokens[s.Sentence], s.Value.Offset, context.SourceLang, "source"))
                {
                    sourceConverted = true;
                }
                else if (s.Value.IsCount)
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

            // A German number of a converted unit ("27 Grad", "30 Meter") or a decade ("60er") has no digits to match; a
            // German scale word is a conversion only where the source had a unit to convert ("14 lakh" = "1,4 Millionen").
            var extras = unmatchedTarget.Where(t => t.Value.IsCount
                && !(Converted(context.TargetTokens[t.Sentence], t.Value.Offset, "de", "target") && (!t.Value.IsScaled || sourceConverted))
                && !IsDecade(analysis.TargetSentences[t.Sentence].Text, t.Value)).OrderBy(t => !t.Value.IsDigits).ToList();
            // Digits pair with digits first, so a number word rendered otherwise ("two" as "beide") does not take the place of a changed figure.
            missing = [.. missing.OrderBy(m => !m.Value.IsDigits)];
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
                        evidence: ChangeKind(missing[k].Value, value));
                }
                else if (value.IsDigits)
                {
                    yield return context.Finding(Rule, sentence, value.Offset, value.Length,
                        $"\"{text}\" is not in the source sentence.", Severity.Major, sourceText ??= context.SourceText(pair), sourceSentence: pair.Source[0],
                        evidence: "added");
                }
            }

            // A number word without a German counterpart is often rendered otherwise ("two" as "beide"): only digits go missing.
            foreach (var m in missing.Skip(extras.Count).Where(m => m.Value.IsDigits))
            {
                var first = analysis.TargetSentences[pair.Target[0]];
                var src = SourceToken(analysis, m);
                yield return context.Finding(Rule, first.Span.Offset, first.Span.Length,
                    $"The source number \"{src}\" is missing in the German sentence.", sourceText: src, sourceSentence: pair.Source[0],
                    evidence: "missing");
            }
        }
    }

    /// <summary>
    /// The evidence class of a changed number: "changed-scale" when a scale word is involved and the values differ by a
    /// power of a thousand (billion as Millionen or as Billion), "changed-word" when either side is a number word,
    /// "changed" for digits against digits.
    /// </summary>
    private static string ChangeKind(NumberValue source, NumberValue target)
    {
        if ((source.IsScaled || target.IsScaled) && source.Value > 0 && target.Value > 0)
        {
            var exponent = Math.Log10(Math.Max(source.Value, target.Value) / Math.Min(source.Value, target.Value)) / 3;
            if (Math.Abs(exponent - Math.Round(exponent)) < 1e-9)
            {
                return "changed-scale";
            }
        }

        return source.IsDigits && target.IsDigits ? "changed" : "changed-word";
    }

    /// <summary>
    /// One side has a scale word and the other the same figure without one: its scale was written in a form not read
    /// ("£10m", "3million", "$3bn"), so the figures are taken as equal rather than reported.
    /// </summary>
    private static bool UnreadScale(NumberValue source, NumberValue target) =>
        source.IsScaled != target.IsScaled && Math.Abs(source.Mantissa - target.Mantissa) < 1e-9;

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

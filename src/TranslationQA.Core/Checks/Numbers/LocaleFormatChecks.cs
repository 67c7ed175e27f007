using System.Text.RegularExpressions;
using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Numbers;

/// <summary>Runs locale patterns over every line of the German text.</summary>
internal static class LocaleScan
{
    public static IEnumerable<Finding> Matches(ArticleAnalysis analysis, RuleDescriptor rule, Func<Match, TextLine, string?> message, params Regex[] patterns)
    {
        var context = ArticleContext.For(analysis);
        foreach (var line in TextLines.Enumerate(analysis.Article.Target))
        {
            foreach (var pattern in patterns)
            {
                foreach (Match m in pattern.Matches(line.Text))
                {
                    if (message(m, line) is { } text)
                    {
                        yield return context.Finding(rule, line.Offset + m.Index, m.Length, text);
                    }
                }
            }
        }
    }
}

/// <summary>TQA008: dates in English order, US slash dates or ISO dumps in German text.</summary>
public sealed class DateFormatCheck : ICheck
{
    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.DateFormat;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis) => LocaleScan.Matches(analysis, Rule,
        (m, _) => $"\"{m.Value}\" is not a German date format (write e.g. \"29. April 2024\").",
        LocalePatterns.EnglishDateOrder(), LocalePatterns.IsoDate(), LocalePatterns.SlashDate());
}

/// <summary>TQA009: broken or 12-hour times in German text ("23: 52: 13", "10:30 p.m."); "22.52 Uhr" is valid.</summary>
public sealed class TimeFormatCheck : ICheck
{
    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.TimeFormat;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis) => LocaleScan.Matches(analysis, Rule,
        (m, _) => $"\"{m.Value}\" is not a German time format (write e.g. \"23.52 Uhr\").",
        LocalePatterns.BrokenTime(), LocalePatterns.TwelveHourTime());
}

/// <summary>TQA010: English decimal points and thousands commas in German text ("1.5 Millionen", "100,000").</summary>
public sealed class NumberFormatCheck : ICheck
{
    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase) { "um", "gegen", "ab", "bis", "von", "seit", "zwischen" };

    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.NumberFormat;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis) => LocaleScan.Matches(analysis, Rule, Message,
        LocalePatterns.EnglishDecimal(), LocalePatterns.EnglishThousands());

    private static bool LooksLikeTime(string value)
    {
        var parts = value.Split('.');
        return parts.Length == 2 && parts[1].Length == 2 && int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) <= 24
            && int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) <= 59;
    }

    private static string? Message(Match m, TextLine line)
    {
        // "um 11.30" is a German time even without "Uhr", and "Artikel 5.1"-style numbering is not a decimal.
        var before = line.Text[..m.Index].TrimEnd();
        var lastSpace = before.LastIndexOf(' ');
        var previousWord = before[(lastSpace + 1)..];
        if (m.Value.Contains('.', StringComparison.Ordinal) && (TimeWords.Contains(previousWord) && LooksLikeTime(m.Value) || previousWord.EndsWith('§')))
        {
            return null;
        }

        return m.Value.Contains(',', StringComparison.Ordinal)
            ? $"\"{m.Value}\" uses an English thousands comma (German: \"{m.Value.Replace(',', '.')}\")."
            : $"\"{m.Value}\" uses an English decimal point (German: \"{m.Value.Replace('.', ',')}\").";
    }
}

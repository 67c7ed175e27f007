using System.Text.RegularExpressions;

namespace TranslationQA.Core.Checks.Numbers;

/// <summary>Compiled, backtracking-safe patterns for dates, times and numbers that break German conventions.</summary>
internal static partial class LocalePatterns
{
    private const string Months = "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|May|June|July|October|December";

    /// <summary>English order "April 29, 2024" / "Januar 10": a month name followed by a day.</summary>
    [GeneratedRegex(@"\b(?:" + Months + @")\.?\s(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?\b(?![.\d]|,\d)(?:,\s\d{4})?", RegexOptions.CultureInvariant)]
    public static partial Regex EnglishDateOrder();

    /// <summary>ISO date, optionally with a time ("2021-12-29", "2021-12-29T23:52:13").</summary>
    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?\b", RegexOptions.CultureInvariant)]
    public static partial Regex IsoDate();

    /// <summary>US numeric date "12/29/2021".</summary>
    [GeneratedRegex(@"\b\d{1,2}/\d{1,2}/\d{2,4}\b", RegexOptions.CultureInvariant)]
    public static partial Regex SlashDate();

    /// <summary>A time with spaces inside ("23: 52: 13", "11 :00").</summary>
    [GeneratedRegex(@"\b\d{1,2}(?: :|: | : )\d{2}(?:(?: :|: | : )\d{2})?\b", RegexOptions.CultureInvariant)]
    public static partial Regex BrokenTime();

    /// <summary>A 12-hour time ("10:30 a.m.", "9 PM").</summary>
    [GeneratedRegex(@"\b\d{1,2}(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|AM|PM)(?!\w)", RegexOptions.CultureInvariant)]
    public static partial Regex TwelveHourTime();

    /// <summary>English decimal point: "1.5", "3.75" (two or fewer decimals, not a date, not followed by "Uhr").</summary>
    [GeneratedRegex(@"(?<![\d.,])\d{1,3}\.\d{1,2}(?![\d.])(?!\s?(?:Uhr|h\b))", RegexOptions.CultureInvariant)]
    public static partial Regex EnglishDecimal();

    /// <summary>English thousands comma: "100,000", "1,500,000".</summary>
    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])", RegexOptions.CultureInvariant)]
    public static partial Regex EnglishThousands();
}

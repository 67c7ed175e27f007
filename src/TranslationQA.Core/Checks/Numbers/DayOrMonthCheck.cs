using System.Globalization;
using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Numbers;

/// <summary>
/// TQA033: a weekday or month of the German sentence that its aligned source
/// sentence does not name, where the source names another one that the German lacks ("Sunday" as "Samstag", "March"
/// as "Mai"). The names come from the culture data .NET carries (ICU/CLDR), so no word list is kept here. German
/// compounds and adverbs count by their first part ("Montagabend", "sonntags").
/// </summary>
public sealed class DayOrMonthCheck : ICheck
{
    private static readonly Dictionary<string, CalendarWords> Words = new(StringComparer.Ordinal)
    {
        ["en"] = CalendarWords.For("en"),
        ["fr"] = CalendarWords.For("fr"),
        ["de"] = CalendarWords.For("de"),
    };

    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.DayOrMonth;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        if (!Words.TryGetValue(context.SourceLang, out var sourceWords))
        {
            yield break;
        }

        var german = Words["de"];
        foreach (var pair in analysis.Pairs.Where(p => p.Source.Count > 0 && p.Target.Count > 0))
        {
            var source = pair.Source.SelectMany(s => context.SourceTokens[s].Select(t => (t.Text, Date: sourceWords.Read(t.Text, prefix: false))))
                .Where(d => d.Date.Kind is not null).ToList();
            if (source.Count == 0)
            {
                continue;
            }

            var target = pair.Target.SelectMany(s => context.TargetTokens[s].Select(t => (Sentence: s, Token: t, Date: german.Read(t.Text, prefix: true))))
                .Where(d => d.Date.Kind is not null).ToList();
            foreach (var kind in (string[])["weekday", "month"])
            {
                var lacking = source.Where(s => s.Date.Kind == kind && !target.Exists(t => t.Date == s.Date)).ToList();
                if (lacking.Count == 0)
                {
                    continue;
                }

                var names = string.Join(", ", lacking.Select(l => l.Text).Distinct(StringComparer.Ordinal));
                foreach (var (sentence, token, _) in target.Where(t => t.Date.Kind == kind && !source.Exists(s => s.Date == t.Date)))
                {
                    yield return context.Finding(Rule, sentence, token.Offset, token.Length,
                        $"\"{token.Text}\" where the source says \"{names}\".", Severity.Critical, names, sourceSentence: pair.Source[0], evidence: kind);
                }
            }
        }
    }

    /// <summary>A weekday (0 Sunday to 6 Saturday) or a month (1 to 12).</summary>
    private readonly record struct CalendarDate(string? Kind, int Index);

    /// <summary>The full weekday and month names of one language, lower case.</summary>
    private sealed class CalendarWords
    {
        private readonly string[] _days;
        private readonly Dictionary<string, CalendarDate> _exact = new(StringComparer.Ordinal);

        private readonly bool _lowerCaseNames;

        private CalendarWords(DateTimeFormatInfo format, bool englishMay, bool lowerCaseNames)
        {
            _lowerCaseNames = lowerCaseNames;
            _days = [.. format.DayNames.Select(d => d.ToLowerInvariant())];
            var months = format.MonthNames.Take(12).Select(m => m.ToLowerInvariant()).ToArray();
            for (var d = 0; d < 7; d++)
            {
                _exact[_days[d]] = new CalendarDate("weekday", d);
                _exact[_days[d] + "s"] = new CalendarDate("weekday", d);
            }

            for (var m = 0; m < 12; m++)
            {
                // English "may" is as often the verb; a source month that is not read only leaves a German month unchecked.
                foreach (var name in (string[])[months[m], format.MonthGenitiveNames[m].ToLowerInvariant()])
                {
                    if (englishMay || name != "may")
                    {
                        _exact.TryAdd(name, new CalendarDate("month", m + 1));
                    }
                }
            }
        }

        public static CalendarWords For(string lang) => new(CultureInfo.GetCultureInfo(lang).DateTimeFormat, lang != "en", lang == "fr");

        /// <summary>
        /// The date a word names; with <paramref name="prefix"/>, also a weekday at the start of a longer word ("Montagabend",
        /// "sonntags"), as German writes them.
        /// </summary>
        public CalendarDate Read(string word, bool prefix)
        {
            var lower = word.ToLowerFast();
            // English and German write the names with a capital; a lower-case "march" or "sonntags" is another word or an adverb.
            if (_exact.TryGetValue(lower, out var date) && (_lowerCaseNames || char.IsUpper(word[0])))
            {
                return date;
            }

            if (prefix)
            {
                for (var d = 0; d < _days.Length; d++)
                {
                    if (lower.StartsWith(_days[d], StringComparison.Ordinal))
                    {
                        return new CalendarDate("weekday", d);
                    }
                }
            }

            return default;
        }
    }
}

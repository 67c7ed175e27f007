using TranslationQA.Core.Checks.Alignment;
using TranslationQA.Core.Checks.Mistranslation;
using TranslationQA.Core.Checks.Names;
using TranslationQA.Core.Checks.Numbers;
using TranslationQA.Core.Checks.Spelling;
using TranslationQA.Core.Checks.Terminology;
using TranslationQA.Core.Checks.Traps;
using TranslationQA.Core.Checks.Typography;
using TranslationQA.Core.Findings;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Checks;

/// <summary>The catalogue of checks: every rule, created once per run and shared across articles (checks are stateless).</summary>
public static class CheckCatalogue
{
    /// <summary>The rules of every check, in id order (for SARIF, report legends and the README table).</summary>
    public static IReadOnlyList<RuleDescriptor> Rules => Checks.Rules.All;

    /// <summary>Creates every enabled check (TQA030 only with a spelling dictionary).</summary>
    /// <exception cref="FormatException">The extra trap file is malformed.</exception>
    /// <exception cref="IOException">The extra trap file cannot be read.</exception>
    public static IReadOnlyList<ICheck> CreateAll(CheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var glossary = options.Glossary ?? Glossary.Empty;
        ICheck[] all =
        [
            new MistranslationCheck(),
            new MtTrapCheck(TrapLexicon.Load(options.ExtraTrapsPath)),
            new MissingNameCheck(),
            new NameAsWordsCheck(),
            new NameSpellingCheck(),
            new WrongEntityCheck(),
            new NumberMismatchCheck(),
            new DateFormatCheck(),
            new TimeFormatCheck(),
            new NumberFormatCheck(),
            new UntranslatedCheck(),
            new PageResidueCheck(),
            new OmissionCheck(),
            new AdditionCheck(),
            new ContentLossCheck(),
            new MissingSpaceCheck(),
            new MixedQuotesCheck(),
            new UnbalancedPairsCheck(),
            new DoubledPunctuationCheck(),
            new SpaceBeforePunctuationCheck(),
            new DoubledWordCheck(),
            new InconsistentTermCheck(),
            new NegationCheck(),
            new GarbledSentenceCheck(),
            new ForeignNameFormCheck(),
            new RepeatedParagraphCheck(),
            new TimeWordCaseCheck(),
            new SentenceFragmentCheck(),
            new HeadlineInfinitiveCheck(),
            new TermNotUsedCheck(glossary),
            new ForbiddenTermCheck(glossary),
            new DayOrMonthCheck(),
        ];
        if (options.Spelling is { } spelling)
        {
            all = [.. all, new SpellingCheck(spelling)];
        }

        return all.Where(c => options.DisabledRules is null || !options.DisabledRules.Contains(c.Rule.Id)).OrderBy(c => c.Rule.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Runs <paramref name="checks"/> on <paramref name="analysis"/>: deduplicated findings in text order.</summary>
    public static IReadOnlyList<Finding> RunAll(IEnumerable<ICheck> checks, ArticleAnalysis analysis) =>
        FindingSet.Normalize(checks.SelectMany(c => c.Run(analysis)));
}

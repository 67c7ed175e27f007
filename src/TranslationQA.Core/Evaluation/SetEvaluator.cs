using TranslationQA.Core.Model;

namespace TranslationQA.Core.Evaluation;

/// <summary>Measures check results against the line labels of a set, per half, threshold, rule, evidence class and category.</summary>
public sealed class SetEvaluator(LabelledSet set)
{
    /// <summary>The whole set, reported beside its two halves.</summary>
    public const string All = "all";

    private readonly Dictionary<string, HalfTallies> _halves = new(StringComparer.Ordinal)
    {
        [SplitHalf.Tune] = new(), [SplitHalf.Test] = new(), [All] = new(),
    };

    private int _articles;
    private int _errors;

    /// <summary>Counts the lines of <paramref name="article"/> with the findings of its <paramref name="result"/>.</summary>
    public void Add(LabelledArticle article, ArticleResult result)
    {
        _articles++;
        if (result.Verdict == Verdict.Error)
        {
            _errors++;
            return;
        }

        var byLine = result.Findings.ToLookup(f => f.Span.Line);
        var half = SplitHalf.Of(article.Document);
        foreach (var gold in article.Lines)
        {
            var findings = byLine[gold.Line].ToList();
            _halves[All].Add(gold, findings);
            if (!set.InSample)
            {
                _halves[half].Add(gold, findings);
            }
        }
    }

    /// <summary>The figures so far: tune, test and all; an in-sample set is measured whole (all only).</summary>
    public SetEvaluation Result() => new(set.Name, set.Path, set.InSample, _articles, _errors,
        [.. (set.InSample ? [All] : new[] { SplitHalf.Tune, SplitHalf.Test, All }).Select(h => _halves[h].ToHalf(h))]);

    private sealed class HalfTallies
    {
        private readonly Denominators _lines = new();
        private readonly Tally _critical = new();
        private readonly Tally _major = new();
        private readonly SortedDictionary<string, (Tally Critical, Tally Major, Tally Any)> _rules = new(StringComparer.Ordinal);
        private readonly SortedDictionary<string, Tally> _evidence = new(StringComparer.Ordinal);
        private readonly SortedDictionary<string, (int Lines, int Found)> _categories = new(StringComparer.Ordinal);

        public HalfTallies()
        {
            // Every rule of the catalogue has a row, also one that never fires on the set.
            foreach (var rule in Checks.Rules.All)
            {
                _rules[rule.Id] = (new Tally(), new Tally(), new Tally());
            }
        }

        public void Add(GoldLine gold, List<Finding> findings)
        {
            _lines.Add(gold);
            var worst = findings.Count == 0 ? (Severity?)null : findings.Max(f => f.Severity);
            Flag(_critical, worst >= Severity.Critical);
            Flag(_major, worst >= Severity.Major);
            foreach (var rule in findings.GroupBy(f => f.RuleId))
            {
                if (!_rules.TryGetValue(rule.Key, out var t))
                {
                    _rules[rule.Key] = t = (new Tally(), new Tally(), new Tally());
                }

                var mine = rule.Max(f => f.Severity);
                Flag(t.Critical, mine >= Severity.Critical);
                Flag(t.Major, mine >= Severity.Major);
                t.Any.Flag(gold);
            }

            foreach (var evidence in findings.Select(f => f.EvidenceKey).Distinct(StringComparer.Ordinal))
            {
                if (!_evidence.TryGetValue(evidence, out var t))
                {
                    _evidence[evidence] = t = new Tally();
                }

                t.Flag(gold);
            }

            foreach (var category in gold.IsBad ? gold.Categories : [])
            {
                var (lines, found) = _categories.GetValueOrDefault(category);
                _categories[category] = (lines + 1, found + (worst >= Severity.Major ? 1 : 0));
            }

            void Flag(Tally tally, bool flagged)
            {
                if (flagged)
                {
                    tally.Flag(gold);
                }
            }
        }

        public HalfEvaluation ToHalf(string half) => new(
            half,
            _critical.ToMetrics(_lines),
            _major.ToMetrics(_lines),
            [.. _rules.Select(r => new RuleMetrics(r.Key, r.Value.Critical.ToMetrics(_lines), r.Value.Major.ToMetrics(_lines), r.Value.Any.ToMetrics(_lines)))],
            [.. _evidence.Select(e => new EvidenceMetrics(e.Key, e.Value.ToMetrics(_lines)))],
            [.. _categories.Select(c => new CategoryRecall(c.Key, c.Value.Lines, c.Value.Found))]);
    }
}

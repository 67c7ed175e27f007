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
        var gaps = result.Analysis is { } analysis ? GapsByLine(analysis) : [];
        var half = SplitHalf.Of(article.Document);
        if (IsHumanReference(article.Input.Id))
        {
            _halves[All].AddReference(result);
            if (!set.InSample)
            {
                _halves[half].AddReference(result);
            }
        }

        foreach (var gold in article.Lines)
        {
            var findings = byLine[gold.Line].ToList();
            var lineGaps = gaps.GetValueOrDefault(gold.Line);
            _halves[All].Add(gold, findings, lineGaps);
            if (!set.InSample)
            {
                _halves[half].Add(gold, findings, lineGaps);
            }
        }
    }

    /// <summary>The figures so far: tune, test and all; an in-sample set is measured whole (all only).</summary>
    public SetEvaluation Result() => new(set.Name, set.Path, set.InSample, _articles, _errors,
        [.. (set.InSample ? [All] : new[] { SplitHalf.Tune, SplitHalf.Test, All }).Select(h => _halves[h].ToHalf(h))]);

    /// <summary>
    /// True for an article of a human reference translation: the system part of a <c>document__system</c> id is "ref"
    /// or begins with "ref." / "ref-" / "ref_" (wmt21: ref.A to ref.D).
    /// </summary>
    public static bool IsHumanReference(string articleId)
    {
        var split = articleId.LastIndexOf("__", StringComparison.Ordinal);
        var system = split < 0 ? string.Empty : articleId[(split + 2)..];
        return system.StartsWith("ref", StringComparison.OrdinalIgnoreCase) && (system.Length == 3 || system[3] is '.' or '-' or '_');
    }

    /// <summary>Source content words of the aligned beads and those the diff marks without counterpart, by German line.</summary>
    private static Dictionary<int, (int Content, int Gaps)> GapsByLine(ArticleAnalysis analysis)
    {
        var result = new Dictionary<int, (int Content, int Gaps)>();
        for (var p = 0; p < analysis.Pairs.Count && p < analysis.Diffs.Count; p++)
        {
            var pair = analysis.Pairs[p];
            if (pair.Kind is not (BeadKind.OneToOne or BeadKind.OneToTwo or BeadKind.TwoToOne))
            {
                continue;
            }

            var line = analysis.TargetSentences[pair.Target[0]].Line;
            var (content, gaps) = result.GetValueOrDefault(line);
            result[line] = (content + pair.Source.Sum(i => DiffGaps.ContentWords(analysis.SourceSentences[i].Text)),
                gaps + analysis.Diffs[p].Pieces.Where(d => d.Operation == DiffOperation.Deleted).Sum(d => DiffGaps.ContentWords(d.Text)));
        }

        return result;
    }

    private sealed class HalfTallies
    {
        private readonly List<(bool Bad, double Score)> _lineShares = [];
        private int _content, _gaps, _cleanContent, _cleanGaps;
        private readonly Denominators _lines = new();
        private readonly Tally _critical = new();
        private readonly Tally _major = new();
        private readonly SortedDictionary<string, (Tally Critical, Tally Major, Tally Any)> _rules = new(StringComparer.Ordinal);
        private readonly SortedDictionary<string, Tally> _evidence = new(StringComparer.Ordinal);
        private readonly SortedDictionary<string, (int Lines, int Found)> _categories = new(StringComparer.Ordinal);
        private readonly SortedDictionary<string, int> _referenceFindings = new(StringComparer.Ordinal);
        private int _referenceArticles, _referenceWords;

        public HalfTallies()
        {
            // Every rule of the catalogue has a row, also one that never fires on the set.
            foreach (var rule in Checks.Rules.All)
            {
                _rules[rule.Id] = (new Tally(), new Tally(), new Tally());
                _referenceFindings[rule.Id] = 0;
            }
        }

        public void AddReference(ArticleResult result)
        {
            _referenceArticles++;
            _referenceWords += result.WordCount;
            foreach (var finding in result.Findings)
            {
                _referenceFindings[finding.RuleId] = _referenceFindings.GetValueOrDefault(finding.RuleId) + 1;
            }
        }

        public void Add(GoldLine gold, List<Finding> findings, (int Content, int Gaps) diff)
        {
            _lines.Add(gold);
            if (diff.Content > 0)
            {
                _content += diff.Content;
                _gaps += diff.Gaps;
                _lineShares.Add((gold.IsBad, (double)diff.Gaps / diff.Content));
                if (gold.Label == GoldLabel.Clean)
                {
                    _cleanContent += diff.Content;
                    _cleanGaps += diff.Gaps;
                }
            }

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
            [.. _categories.Select(c => new CategoryRecall(c.Key, c.Value.Lines, c.Value.Found))],
            new DiffMeasure(_content, _gaps, _cleanContent == 0 ? 0 : (double)_cleanGaps / _cleanContent, DiffGaps.Auc(_lineShares)),
            new ReferenceMeasure(_referenceArticles, _referenceWords, [.. _referenceFindings.Select(r =>
                new ReferenceRate(r.Key, r.Value, _referenceWords == 0 ? 0 : 1000.0 * r.Value / _referenceWords))]));
    }
}

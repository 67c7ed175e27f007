using System.Globalization;
using System.Text;
using TranslationQA.Core.Evaluation;
using TranslationQA.Core.Findings;

namespace TranslationQA.Cli;

/// <summary>eval.md and the console summary of an eval run.</summary>
internal static class EvalMarkdown
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The whole measurement as Markdown: per set the threshold table, then rules, categories and evidence classes.</summary>
    public static string Write(EvalReport report)
    {
        var md = new StringBuilder();
        md.AppendLine(Invariant, $"# TranslationQA eval ({report.Engine} engine, severities {report.Severities})").AppendLine();
        md.AppendLine(Invariant, $"A line is flagged at a threshold when it has a finding at or above it; bad means an expert found a major or " +
            $"critical error on it. Severity policy: {PolicyNote}.").AppendLine();
        foreach (var set in report.Sets)
        {
            WriteSet(md, set);
        }

        return md.ToString();
    }

    /// <summary>The threshold table of every set, for the console.</summary>
    public static string Summary(EvalReport report)
    {
        var text = new StringBuilder();
        foreach (var set in report.Sets)
        {
            text.AppendLine(Invariant, $"{set.Name}: {set.Articles:N0} articles ({set.Errors} could not be checked)");
            ThresholdTable(text, set);
        }

        return text.ToString();
    }

    private static void WriteSet(StringBuilder md, SetEvaluation set)
    {
        var all = set.Half(SetEvaluator.All);
        md.AppendLine(Invariant, $"## {set.Name}").AppendLine();
        md.AppendLine(Invariant, $"`{set.Path}`: {set.Articles:N0} articles, {all.Major.Lines:N0} lines, {all.Major.Bad:N0} bad " +
            $"(prevalence {all.Major.Prevalence:F3}){(set.InSample ? "; in-sample (our own fixtures), measured whole" : "")}" +
            $"{(set.Errors > 0 ? $"; {set.Errors} articles could not be checked" : "")}.").AppendLine();
        ThresholdTable(md, set);
        md.AppendLine();

        md.AppendLine("Per rule, all lines (tune / test precision where the set is split):").AppendLine();
        md.AppendLine("| rule | flagged at critical | precision | flagged at major+ | precision | recall | flagged at any | precision | tune / test precision at any |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var rule in all.Rules.Where(r => r.Any.Flagged > 0))
        {
            var split = set.InSample ? "" : string.Join(" / ", new[] { SplitHalf.Tune, SplitHalf.Test }
                .Select(h => set.Half(h).Rules.FirstOrDefault(r => r.Rule == rule.Rule)?.Any.Precision ?? 0).Select(p => p.ToString("F2", Invariant)));
            md.AppendLine(Invariant, $"| {rule.Rule} | {rule.Critical.Flagged:N0} | {rule.Critical.Precision:F2} | {rule.Major.Flagged:N0} | " +
                $"{rule.Major.Precision:F2} | {rule.Major.Recall:F3} | {rule.Any.Flagged:N0} | {rule.Any.Precision:F2} | {split} |");
        }

        if (all.Categories.Count > 0)
        {
            md.AppendLine().AppendLine("Recall at major+ per MQM category of the bad lines' major errors:").AppendLine();
            md.AppendLine("| category | bad lines | found | recall |").AppendLine("|---|---:|---:|---:|");
            foreach (var c in all.Categories.OrderByDescending(c => c.Lines))
            {
                md.AppendLine(Invariant, $"| {c.Category} | {c.Lines:N0} | {c.Found:N0} | {c.Recall:F3} |");
            }
        }

        WriteReferences(md, set);
        var calibrating = set.InSample ? all : set.Half(SplitHalf.Tune);
        md.AppendLine().AppendLine(Invariant, $"Evidence classes at any severity, {calibrating.Half} lines (what severities are earned by):").AppendLine();
        md.AppendLine("| evidence | flagged | precision |").AppendLine("|---|---:|---:|");
        foreach (var e in calibrating.Evidence.Where(e => e.Any.Flagged > 0))
        {
            md.AppendLine(Invariant, $"| {e.Evidence} | {e.Any.Flagged:N0} | {e.Any.Precision:F2} |");
        }

        md.AppendLine();
    }

    /// <summary>Per rule, findings per 1,000 German words of the human reference translations, by half.</summary>
    private static void WriteReferences(StringBuilder md, SetEvaluation set)
    {
        var all = set.Half(SetEvaluator.All).References;
        if (all.Articles == 0)
        {
            return;
        }

        md.AppendLine().AppendLine(Invariant, $"Findings on the human reference translations ({all.Articles:N0} articles, {all.Words:N0} German words), " +
            $"per 1,000 words, at any severity:").AppendLine();
        md.AppendLine("| rule | " + string.Join(" | ", set.Halves.Select(h => h.Half + " (" + h.References.Words.ToString("N0", Invariant) + " words)")) + " |");
        md.AppendLine("|---|" + string.Concat(set.Halves.Select(_ => "---:|")));
        foreach (var rule in all.Rules.Where(r => r.Findings > 0))
        {
            var cells = set.Halves.Select(h => h.References.Rules.First(r => r.Rule == rule.Rule))
                .Select(r => r.PerThousandWords.ToString("F2", Invariant) + " (" + r.Findings.ToString("N0", Invariant) + ")");
            md.AppendLine(Invariant, $"| {rule.Rule} | {string.Join(" | ", cells)} |");
        }
    }

    private static void ThresholdTable(StringBuilder text, SetEvaluation set)
    {
        text.AppendLine("| half | threshold | lines | bad | flagged | precision | recall | FP rate (clean) | MCC |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var half in set.Halves)
        {
            foreach (var (name, m) in new[] { ("critical", half.Critical), ("major", half.Major) })
            {
                text.AppendLine(Invariant, $"| {half.Half} | {name} | {m.Lines:N0} | {m.Bad:N0} | {m.Flagged:N0} | {m.Precision:F3} | " +
                    $"{m.Recall:F3} | {m.FalsePositiveRate:F4} | {m.Mcc:F3} |");
            }
        }

        text.AppendLine().AppendLine("Word diff: source content words marked without counterpart (all lines / clean lines), and the AUC of ranking bad lines by that share:").AppendLine();
        foreach (var half in set.Halves)
        {
            var d = half.Diff;
            text.AppendLine(Invariant, $"- {half.Half}: {d.WithoutCounterpart:N0} of {d.ContentWords:N0} = {d.Share:P1}; clean lines {d.CleanShare:P1}; AUC {d.Auc:F3}");
        }

        text.AppendLine();
    }

    /// <summary>Keeps the policy thresholds visible next to the figures they act on.</summary>
    private static string PolicyNote =>
        string.Create(Invariant, $"critical needs precision >= {SeverityPolicy.CriticalPrecision}, major >= {SeverityPolicy.MajorPrecision}, " +
            $"on every set with at least {SeverityPolicy.MinimumSupport} flagged lines");
}

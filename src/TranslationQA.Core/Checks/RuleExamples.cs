using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks;

/// <summary>A short article that shows what a rule flags (<see cref="Fires"/>) or leaves alone.</summary>
/// <param name="RuleId">The rule it shows.</param>
/// <param name="Fires">True when the rule flags the German, false for the faithful or well-formed counterpart.</param>
/// <param name="SourceLang">Source language (en or fr), also the back-translation language without a source.</param>
/// <param name="Source">The source text, null for German checked alone.</param>
/// <param name="Target">The German text.</param>
public sealed record RuleExample(string RuleId, bool Fires, string SourceLang, string? Source, string Target);

/// <summary>
/// Each rule's two examples (Checks/Data/rule-examples.tsv), for <c>translationqa rules &lt;id&gt;</c>. A test runs them
/// through the real pipeline, so what the help shows is what the tool does.
/// </summary>
public static class RuleExamples
{
    /// <summary>Every example, in file order.</summary>
    public static IReadOnlyList<RuleExample> All { get; } = Parse(EmbeddedData.Lines("TranslationQA.Core.Checks.Data.rule-examples.tsv"));

    /// <summary>The examples of <paramref name="ruleId"/>: the one that fires first.</summary>
    public static IReadOnlyList<RuleExample> For(string ruleId) =>
        [.. All.Where(e => e.RuleId == ruleId).OrderByDescending(e => e.Fires)];

    private static List<RuleExample> Parse(IEnumerable<string> lines) =>
    [
        .. lines.Select(line => line.Split('\t') is [var rule, var outcome and ("fires" or "quiet"), var lang, var source, var target]
            ? new RuleExample(rule, outcome == "fires", lang, source == "-" ? null : Unescape(source), Unescape(target))
            : throw new FormatException($"rule-examples.tsv: \"{line}\": expected rule, fires|quiet, lang, source, target")),
    ];

    private static string Unescape(string cell) => cell.Replace("\\n", "\n", StringComparison.Ordinal);
}

using TranslationQA.Core.Checks;
using TranslationQA.Core.Ingestion;
using TranslationQA.Core.Model;
using TranslationQA.Core.Pipeline;
using TranslationQA.Translation.Offline;

namespace TranslationQA.Cli.Tests.Commands;

[TestClass]
public sealed class RulesCommandTests
{
    [TestMethod]
    public void Examples_WhenListed_EveryRuleHasOneThatFiresAndOneThatDoesNot()
    {
        // The glossary rules fire only on the user's own term base: no example can show them without one.
        foreach (var rule in Rules.All.Where(r => !r.UserSeverity))
        {
            var examples = RuleExamples.For(rule.Id);
            Assert.AreEqual(1, examples.Count(e => e.Fires), $"{rule.Id}: one example that triggers it");
            Assert.AreEqual(1, examples.Count(e => !e.Fires), $"{rule.Id}: one example that does not");
        }
    }

    [TestMethod]
    public async Task Examples_WhenCheckedByThePipeline_FireExactlyWhereTheHelpSaysSo()
    {
        var examples = RuleExamples.All;
        var inputs = examples.Select((e, i) =>
        {
            var id = $"{e.RuleId}-{(e.Fires ? "fires" : "quiet")}";
            var article = new Article(id, e.SourceLang, "de", e.Source, e.Target, $"example-{i}");
            return new ArticleInput(id, article.TargetPath, article, null, []);
        }).ToList();
        var engine = await OfflineBackTranslator.LoadAsync(null, CancellationToken.None);
        var spelling = SpellingData.TryLoad(TextWriter.Null);
        Assert.IsNotNull(spelling, "the Hunspell de_DE data (eng/install-deps.sh) is needed for TQA030's examples");
        var pipeline = new QaPipeline(PipelineFactory.Components(engine, CheckCatalogue.CreateAll(CheckOptions.Default with { Spelling = spelling })));

        var results = await pipeline.RunAsync(inputs, QualityGate.Default, null, CancellationToken.None);

        var wrong = examples.Zip(results)
            .Where(x => x.Second.Findings.Any(f => f.RuleId == x.First.RuleId) != x.First.Fires)
            .Select(x => $"{x.Second.Id}: {(x.First.Fires ? "not flagged" : "flagged")} ({x.Second.Error ?? string.Join(", ", x.Second.Findings.Select(f => f.RuleId))})")
            .ToList();
        Assert.IsEmpty(wrong, string.Join("\n", wrong));
    }

    [TestMethod]
    public async Task Rules_WhenOneIdInAnyCase_PrintsItsSeverityEvidenceAndBothExamples()
    {
        var result = await CliProcess.RunAsync("rules", "tqa007");

        Assert.AreEqual(ExitCodes.Passed, result.ExitCode, result.ToString());
        StringAssert.StartsWith(result.Stdout, "TQA007 NumberMismatch: Number differs from source");
        StringAssert.Contains(result.Stdout, "MQM category: Accuracy/Mistranslation/Number");
        StringAssert.Contains(result.Stdout, "TQA007.changed: up to ");
        StringAssert.Contains(result.Stdout, "Flagged by TQA007:");
        StringAssert.Contains(result.Stdout, "Not flagged by TQA007:");
        var examples = RuleExamples.For("TQA007");
        StringAssert.Contains(result.Stdout, examples[0].Target);
        StringAssert.Contains(result.Stdout, examples[1].Target);
    }

    [TestMethod]
    [DataRow("TQA04", "did you mean TQA004?")]
    [DataRow("TQA0029", "did you mean TQA029?")]
    [DataRow("tqa-29", "did you mean TQA029?")]
    [DataRow("spelling", "'translationqa rules' lists them")]
    public async Task Rules_WhenTheIdIsUnknown_ExitsWithTwoAndNamesTheNearestRule(string id, string hint)
    {
        var result = await CliProcess.RunAsync("rules", id);

        Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, $"no rule '{id}'");
        StringAssert.Contains(result.Stderr, hint);
    }
}

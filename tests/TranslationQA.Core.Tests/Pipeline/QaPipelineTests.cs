using TranslationQA.Core.Findings;
using Moq;
using TranslationQA.Core.BackTranslation;
using TranslationQA.Core.Checks;
using TranslationQA.Core.Ingestion;
using TranslationQA.Core.Model;
using TranslationQA.Core.Pipeline;

namespace TranslationQA.Core.Tests.Pipeline;

[TestClass]
public sealed class QaPipelineTests
{
    private static ArticleInput Input(string id, string target, string? source = "The minister spoke.") =>
        new(id, id, new Article(id, "en", "de", source, target, $"{id}/target.de.txt"), null, []);

    private static Mock<IBackTranslator> Engine(bool lexical, List<IReadOnlyList<string>> calls)
    {
        var engine = new Mock<IBackTranslator>();
        engine.SetupGet(e => e.Name).Returns("fake");
        engine.SetupGet(e => e.IsLexicalGloss).Returns(lexical);
        engine.Setup(e => e.TranslateAsync(It.IsAny<IReadOnlyList<string>>(), "de", "en", It.IsAny<CancellationToken>()))
            .ReturnsAsync((IReadOnlyList<string> sentences, string _, string _, CancellationToken _) =>
            {
                // A lexical engine is called from several threads at once.
                lock (calls)
                {
                    calls.Add(sentences);
                }

                return [.. sentences.Select(s => new SentenceBackTranslation(
                    "the minister spoke", [new WordGloss(4, 7, "Minister", TokenKind.Word, "minister", ["minister"])]))];
            });
        return engine;
    }

    // The checks' own severities: these tests are about the stages, not about the calibration of real rules.
    private static QaPipeline Pipeline(IBackTranslator engine, params ICheck[] checks) =>
        new(PipelineFactory.Components(engine, checks, SeverityPolicy.AsProposed));

    [TestMethod]
    public async Task RunAsync_WhenServiceEngine_SendsTheDistinctSentencesOfTheBatchInOneCall()
    {
        var calls = new List<IReadOnlyList<string>>();
        var engine = Engine(lexical: false, calls);

        var results = await Pipeline(engine.Object).RunAsync(
            [Input("a", "Der Minister sprach."), Input("b", "Der Minister sprach. Er ging.")], QualityGate.Default, null, CancellationToken.None);

        Assert.HasCount(1, calls);
        CollectionAssert.AreEqual(new[] { "Der Minister sprach.", "Er ging." }, calls[0].ToArray());
        Assert.IsTrue(results.All(r => r.Verdict == Verdict.Pass));
    }

    [TestMethod]
    public async Task RunAsync_WhenLexicalEngine_GlossesEachArticleOnItsOwn()
    {
        var calls = new List<IReadOnlyList<string>>();

        await Pipeline(Engine(lexical: true, calls).Object).RunAsync(
            [Input("a", "Der Minister sprach."), Input("b", "Der Minister sprach.")], QualityGate.Default, null, CancellationToken.None);

        Assert.HasCount(2, calls);
    }

    [TestMethod]
    public async Task RunAsync_WhenLexicalEngine_GlossesTheArticlesOfABatchAtOnce()
    {
        if (Environment.ProcessorCount < 2)
        {
            Assert.Inconclusive("needs two cores");
        }

        // Each call waits for the other: with one call at a time, the first would wait in vain and fail.
        using var both = new Barrier(2);
        var engine = new Mock<IBackTranslator>();
        engine.SetupGet(e => e.IsLexicalGloss).Returns(true);
        engine.Setup(e => e.TranslateAsync(It.IsAny<IReadOnlyList<string>>(), "de", "en", It.IsAny<CancellationToken>()))
            .ReturnsAsync((IReadOnlyList<string> sentences, string _, string _, CancellationToken _) => both.SignalAndWait(TimeSpan.FromSeconds(30))
                ? [.. sentences.Select(s => new SentenceBackTranslation("the minister spoke", []))]
                : throw new EngineException("the other article was not glossed at the same time"));

        var results = await Pipeline(engine.Object).RunAsync(
            [Input("a", "Der Minister sprach."), Input("b", "Der Minister ging.")], QualityGate.Default, null, CancellationToken.None);

        Assert.IsTrue(results.All(r => r.Error is null), string.Join("; ", results.Select(r => r.Error)));
    }

    [TestMethod]
    public async Task RunAsync_WhenLexicalEngineFails_ReportsTheArticleAndCallsItNoMore()
    {
        var calls = 0;
        var engine = new Mock<IBackTranslator>();
        engine.SetupGet(e => e.Name).Returns("fake");
        engine.SetupGet(e => e.IsLexicalGloss).Returns(true);
        engine.Setup(e => e.TranslateAsync(It.IsAny<IReadOnlyList<string>>(), "de", "en", It.IsAny<CancellationToken>()))
            .ReturnsAsync((IReadOnlyList<string> sentences, string _, string _, CancellationToken _) =>
            {
                Interlocked.Increment(ref calls);
                return sentences.Contains("Kaputt.") ? throw new EngineException("data gone")
                    : [.. sentences.Select(s => new SentenceBackTranslation("the minister spoke", []))];
            });
        var pipeline = new QaPipeline(PipelineFactory.Components(engine.Object, [], SeverityPolicy.AsProposed), batchSize: 2);

        var results = await pipeline.RunAsync(
            [Input("a", "Der Minister sprach."), Input("b", "Kaputt."), Input("c", "Der Minister ging."), Input("d", "Er ging.")],
            QualityGate.Default, null, CancellationToken.None);

        Assert.AreEqual("data gone", pipeline.EngineFailure);
        Assert.IsNull(results[0].Error);
        StringAssert.Contains(results[1].Error, "not checked: the back-translation engine failed (data gone)");
        Assert.IsTrue(results.Skip(2).All(r => r.Error?.Contains("engine failed", StringComparison.Ordinal) == true));
        Assert.AreEqual(2, calls);
    }

    [TestMethod]
    public async Task RunAsync_WhenOneInputIsBrokenAndOneCheckThrows_KeepsEveryOtherResult()
    {
        var calls = new List<IReadOnlyList<string>>();
        var throwing = new Mock<ICheck>();
        throwing.SetupGet(c => c.Rule).Returns(new RuleDescriptor("TQA999", "Boom", "Boom", "Fluency/Grammar", Severity.Minor, "x"));
        throwing.Setup(c => c.Run(It.Is<ArticleAnalysis>(a => a.Article.Id == "c"))).Throws(new InvalidOperationException("boom"));
        throwing.Setup(c => c.Run(It.Is<ArticleAnalysis>(a => a.Article.Id != "c"))).Returns([]);
        var broken = new ArticleInput("b", "b", null, "b/target.de.txt: is not a text file", []);

        var results = await Pipeline(Engine(false, calls).Object, throwing.Object).RunAsync(
            [Input("a", "Der Minister sprach."), broken, Input("c", "Der Minister sprach.")], QualityGate.Default, null, CancellationToken.None);

        CollectionAssert.AreEqual(new[] { Verdict.Pass, Verdict.Error, Verdict.Error }, results.Select(r => r.Verdict).ToArray());
        Assert.AreEqual("b/target.de.txt: is not a text file", results[1].Error);
        StringAssert.Contains(results[2].Error, "internal error in rule TQA999");
    }

    [TestMethod]
    public async Task RunAsync_WhenAFindingHasNoBackTranslation_FillsItFromTheGlossesOfItsSpan()
    {
        var calls = new List<IReadOnlyList<string>>();
        var check = new Mock<ICheck>();
        var rule = new RuleDescriptor("TQA998", "Test", "Test", "Accuracy/Mistranslation", Severity.Critical, "x");
        check.SetupGet(c => c.Rule).Returns(rule);
        check.Setup(c => c.Run(It.IsAny<ArticleAnalysis>())).Returns((ArticleAnalysis a) =>
            [new Finding(rule.Id, rule.Category, Severity.Critical, a.TargetSpan(4, 8), "Minister", "minister", null, "test")]);

        var result = (await Pipeline(Engine(false, calls).Object, check.Object).RunAsync(
            [Input("a", "Der Minister sprach.")], QualityGate.Default, null, CancellationToken.None))[0];

        Assert.AreEqual(Verdict.Fail, result.Verdict);
        Assert.AreEqual("minister", result.Findings[0].BackTranslation);
        Assert.AreEqual(5, result.Findings[0].Span.Column);
    }

    [TestMethod]
    public async Task RunAsync_WithTheMeasuredPolicy_CapsAnUnmeasuredRuleAtMinor()
    {
        var check = new Mock<ICheck>();
        var rule = new RuleDescriptor("TQA998", "Test", "Test", "Accuracy/Mistranslation", Severity.Critical, "x");
        check.SetupGet(c => c.Rule).Returns(rule);
        check.Setup(c => c.Run(It.IsAny<ArticleAnalysis>())).Returns((ArticleAnalysis a) =>
            [new Finding(rule.Id, rule.Category, Severity.Critical, a.TargetSpan(4, 8), "Minister", "minister", null, "test")]);
        var pipeline = new QaPipeline(PipelineFactory.Components(Engine(false, []).Object, [check.Object]));

        var result = (await pipeline.RunAsync([Input("a", "Der Minister sprach.")], QualityGate.Default, null, CancellationToken.None))[0];

        Assert.AreEqual(Verdict.Pass, result.Verdict);
        Assert.AreEqual(Severity.Minor, result.Findings[0].Severity);
        Assert.IsNull(result.Findings[0].Confidence);
    }

    [TestMethod]
    public async Task RunAsync_WhenTheAlignerFailsOnOneArticle_ReportsItAsAnErrorAndChecksTheRest()
    {
        var calls = new List<IReadOnlyList<string>>();
        var aligner = new Mock<TranslationQA.Core.Alignment.ISentenceAligner>();
        aligner.Setup(a => a.Align(It.IsAny<IReadOnlyList<Sentence>>(), It.IsAny<IReadOnlyList<Sentence>>(), It.IsAny<IReadOnlyList<SentenceBackTranslation>>()))
            .Returns((IReadOnlyList<Sentence> s, IReadOnlyList<Sentence> t, IReadOnlyList<SentenceBackTranslation> _) =>
                t.Count > 1 ? throw new ArgumentException("bad bead") : [new AlignedPair([0], [0], 1)]);
        var standard = PipelineFactory.Components(Engine(false, calls).Object, []);
        var pipeline = new QaPipeline(standard with { Aligner = aligner.Object });

        var results = await pipeline.RunAsync(
            [Input("a", "Der Minister sprach. Er ging."), Input("b", "Der Minister sprach.")], QualityGate.Default, null, CancellationToken.None);

        Assert.AreEqual(Verdict.Error, results[0].Verdict);
        StringAssert.Contains(results[0].Error, "internal error in alignment (ArgumentException: bad bead)");
        Assert.AreEqual(Verdict.Pass, results[1].Verdict);
    }

    [TestMethod]
    public async Task RunStreamingAsync_WhenTheFirstResultArrives_HasReadOnlyTheFirstBatch()
    {
        var calls = new List<IReadOnlyList<string>>();
        var pulled = 0;
        IEnumerable<ArticleInput> Inputs()
        {
            for (var i = 0; i < 10; i++)
            {
                pulled++;
                yield return Input($"a{i}", "Der Minister sprach.");
            }
        }

        var pipeline = new QaPipeline(PipelineFactory.Components(Engine(false, calls).Object, []), batchSize: 3);
        var seen = new List<(string Id, int Pulled)>();
        await foreach (var result in pipeline.RunStreamingAsync(Inputs(), QualityGate.Default, CancellationToken.None))
        {
            seen.Add((result.Id, pulled));
        }

        Assert.AreEqual(3, seen[0].Pulled);
        Assert.AreEqual(6, seen[3].Pulled);
        CollectionAssert.AreEqual(Enumerable.Range(0, 10).Select(i => $"a{i}").ToArray(), seen.Select(s => s.Id).ToArray());
    }

    [TestMethod]
    public async Task RunStreamingAsync_WhenSomeInputsHaveAKnownResult_PassesThemThroughInPlaceAndChecksOnlyTheOthers()
    {
        var calls = new List<IReadOnlyList<string>>();
        var known = ArticleResult.Failed("b", "b", "kept from an earlier run") with { Verdict = Verdict.Fail };
        ArticleInput[] inputs =
        [
            Input("a", "Der Minister sprach."), Input("b", "Er ging.") with { KnownResult = known }, Input("c", "Sie blieb."),
            Input("d", "Er kam.") with { KnownResult = known with { Id = "d" } },
        ];

        var results = new List<ArticleResult>();
        await foreach (var result in Pipeline(Engine(lexical: false, calls).Object).RunStreamingAsync(inputs, QualityGate.Default, CancellationToken.None))
        {
            results.Add(result);
        }

        CollectionAssert.AreEqual(new[] { "a", "b", "c", "d" }, results.Select(r => r.Id).ToArray());
        Assert.AreSame(known, results[1]);
        Assert.AreEqual(Verdict.Pass, results[2].Verdict);
        CollectionAssert.AreEqual(new[] { "Der Minister sprach.", "Sie blieb." }, calls.Single().ToArray(), "the kept articles are not translated");
    }
    [TestMethod]
    public async Task RunAsync_WhenTheArticleComesFromXliff_NamesTheUnitAndSegmentOfEachFindingAndReportsUnitsWithoutTarget()
    {
        // As XliffArticles builds it: unit u1 has two segments, u2 has no target (its line stays empty), u3 one unit.
        const string target = "Der Minister sprach. Er ging.\n\n\n\nDer Minister sprach.";
        Assert.AreEqual(33, target.LastIndexOf("Der", StringComparison.Ordinal));
        var units = new TargetUnit[]
        {
            new(0, 20, new UnitLocation("u1", "s1"), "The minister spoke."),
            new(21, 8, new UnitLocation("u1", "s2"), "He left."),
            new(31, 0, new UnitLocation("u2"), "It rained.", Translated: false),
            new(33, 20, new UnitLocation("u3"), "The minister spoke."),
        };
        var article = new Article("x", "en", "de", "The minister spoke. He left.\n\nIt rained.\n\nThe minister spoke.", target, "x.xlf",
            "x.xlf", units);
        var check = new Mock<ICheck>();
        var rule = new RuleDescriptor("TQA998", "Test", "Test", "Fluency/Grammar", Severity.Minor, "x");
        check.SetupGet(c => c.Rule).Returns(rule);
        check.Setup(c => c.Run(It.IsAny<ArticleAnalysis>())).Returns((ArticleAnalysis a) =>
            [new Finding(rule.Id, rule.Category, Severity.Minor, a.TargetSpan(24, 4), "ging", null, null, "test"),
             new Finding(rule.Id, rule.Category, Severity.Minor, a.TargetSpan(37, 8), "Minister", null, null, "test")]);

        var result = (await Pipeline(Engine(false, []).Object, new UntranslatedCheck(), check.Object).RunAsync(
            [new ArticleInput("x", "x.xlf", article, null, [])], QualityGate.Default, null, CancellationToken.None))[0];

        var missing = result.Findings.Single(f => f.RuleId == Rules.Untranslated.Id);
        Assert.AreEqual(new UnitLocation("u2"), missing.Unit);
        Assert.AreEqual(new TextSpan(31, 0, 3, 1), missing.Span);
        Assert.AreEqual("It rained.", missing.SourceText);
        Assert.AreEqual("TQA011.missing", missing.EvidenceKey);
        Assert.AreEqual("Unit 'u2' has no translation.", missing.Message);
        var located = result.Findings.Where(f => f.RuleId == rule.Id).Select(f => f.Unit).ToArray();
        CollectionAssert.AreEqual(new[] { new UnitLocation("u1", "s2"), new UnitLocation("u3") }, located);
    }
}

using TranslationQA.Core.Evaluation;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Tests.Evaluation;

[TestClass]
public sealed class LabelledSetReaderTests
{
    private string _dir = null!;

    [TestInitialize]
    public void Create() => _dir = Directory.CreateTempSubdirectory("tqa-gold-").FullName;

    [TestCleanup]
    public void Delete() => Directory.Delete(_dir, recursive: true);

    private string Article(string name, string gold)
    {
        var folder = Path.Combine(_dir, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "source.en.txt"), "One.\nTwo.\n");
        File.WriteAllText(Path.Combine(folder, "target.de.txt"), "Eins.\nZwei.\n");
        File.WriteAllText(Path.Combine(folder, "gold.jsonl"), gold);
        return folder;
    }

    [TestMethod]
    public void Read_WhenFoldersCarryGoldLines_LabelsEveryLineWithItsMajorCategories()
    {
        Article("doc1__sysA", """
            {"line": 1, "label": "clean", "bad": false, "errors": []}
            {"line": 2, "label": "bad", "bad": true, "errors": [{"category": "Accuracy/Omission", "severity": "major", "span": "x"}, {"category": "Style/Awkward", "severity": "minor", "span": "y"}]}
            """);

        var set = LabelledSetReader.Read(_dir);

        var article = set.Articles.Single();
        Assert.AreEqual("doc1", article.Document, "all translations of a document share its half");
        Assert.IsFalse(set.InSample);
        Assert.AreEqual(GoldLabel.Clean, article.Lines[0].Label);
        Assert.IsTrue(article.Lines[1].IsBad);
        CollectionAssert.AreEqual(new[] { "Accuracy/Omission" }, article.Lines[1].Categories.ToList());
    }

    [TestMethod]
    [DataRow("{\"line\": 1, \"label\": \"clean\", \"bad\": false}\nnot json\n", ":2: invalid JSON")]
    [DataRow("{\"label\": \"clean\", \"bad\": false}\n", ":1: expected an object with a positive \"line\"")]
    [DataRow("{\"line\": 1, \"label\": \"bad\", \"bad\": false, \"extra\": 1}\n{\"line\": 1, \"label\": \"maybe\", \"bad\": false}\n", ":2: \"label\" must be")]
    public void Read_WhenAGoldLineIsMalformed_NamesTheFileAndLine(string gold, string expected)
    {
        var folder = Article("doc1__sysA", gold);

        var error = Assert.ThrowsExactly<GoldFormatException>(() => LabelledSetReader.Read(_dir));

        StringAssert.Contains(error.Message, Path.Combine(folder, "gold.jsonl") + expected);
    }

    [TestMethod]
    public void Read_WhenAJsonlSetLacksALabel_NamesTheArticle()
    {
        var articles = Path.Combine(_dir, "articles.jsonl");
        File.WriteAllText(articles, "{\"id\": \"a\", \"source\": \"One.\", \"target\": \"Eins.\"}\n{\"id\": \"b\", \"source\": \"Two.\", \"target\": \"Zwei.\"}\n");
        File.WriteAllText(Path.Combine(_dir, "articles.gold.jsonl"), "{\"id\": \"a\", \"line\": 1, \"label\": \"bad\", \"bad\": true}\n");

        var error = Assert.ThrowsExactly<GoldFormatException>(() => LabelledSetReader.Read(articles));

        StringAssert.Contains(error.Message, "no label for article 'b'");
    }

    [TestMethod]
    public void Evaluate_CountsAFindingOnABadLineAsAHitAndOnACleanLineAsAFalseAlarm()
    {
        Article("doc1__sysA", "{\"line\": 1, \"label\": \"clean\", \"bad\": false}\n{\"line\": 2, \"label\": \"bad\", \"bad\": true}\n");
        var set = LabelledSetReader.Read(_dir);
        var article = set.Articles.Single();
        var text = article.Input.Article!.Target;
        var index = new TextIndex(text);
        Finding At(int offset, Severity severity) =>
            new("TQA007", "Accuracy", severity, index.Span(offset, 4), text.Substring(offset, 4), null, null, "m", Evidence: "changed");
        var result = new ArticleResult(article.Input.Id, article.Input.Path, null, [At(0, Severity.Major), At(6, Severity.Critical)], 2, 0, Verdict.Fail);

        var evaluator = new SetEvaluator(set);
        evaluator.Add(article, result);
        var all = evaluator.Result().Half(SetEvaluator.All);

        Assert.AreEqual(new Metrics(2, 1, 1, 1, 1, 0), all.Critical);
        Assert.AreEqual(new Metrics(2, 1, 2, 1, 1, 1), all.Major);
        Assert.AreEqual(2, all.Evidence.Single(e => e.Evidence == "TQA007.changed").Any.Flagged);
    }

    [TestMethod]
    public void Evaluate_WhenHumanReference_CountsItsFindingsPerThousandWordsAndLeavesMachineTranslationsOut()
    {
        const string gold = "{\"line\": 1, \"label\": \"clean\", \"bad\": false}\n{\"line\": 2, \"label\": \"clean\", \"bad\": false}\n";
        Article("doc1__ref.A", gold);
        Article("doc1__sysA", gold);
        var set = LabelledSetReader.Read(_dir);
        var evaluator = new SetEvaluator(set);
        foreach (var article in set.Articles)
        {
            var text = article.Input.Article!.Target;
            var finding = new Finding("TQA030", "Fluency/Spelling", Severity.Minor, new TextIndex(text).Span(0, 4), text[..4], null, null, "m");
            evaluator.Add(article, new ArticleResult(article.Input.Id, article.Input.Path, null, [finding], 2_000, 0, Verdict.Pass));
        }

        var references = evaluator.Result().Half(SetEvaluator.All).References;

        Assert.AreEqual(1, references.Articles);
        Assert.AreEqual(2_000, references.Words);
        Assert.AreEqual(0.5, references.Rules.Single(r => r.Rule == "TQA030").PerThousandWords, 1e-9);
    }

    [TestMethod]
    [DataRow("abcnews.420102__ref.C", true)]
    [DataRow("doc__ref-B", true)]
    [DataRow("doc__ref", true)]
    [DataRow("doc__refinery", false)]
    [DataRow("doc__Online-W", false)]
    [DataRow("ref.A", false)]
    public void IsHumanReference_ReadsTheSystemPartOfTheId(string id, bool expected) =>
        Assert.AreEqual(expected, SetEvaluator.IsHumanReference(id));
}

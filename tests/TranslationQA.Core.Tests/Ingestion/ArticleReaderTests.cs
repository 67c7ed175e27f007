using TranslationQA.Core.Ingestion;

namespace TranslationQA.Core.Tests.Ingestion;

[TestClass]
public sealed class ArticleReaderTests
{
    [TestMethod]
    public void Read_WhenArticleFolder_ReadsOneArticleNamedAfterTheFolder()
    {
        using var dir = new TempFolder();
        dir.Write("a1/source.fr.txt", "Bonjour.");
        dir.Write("a1/target.de.txt", "Guten Tag.");

        var inputs = new ArticleReader().Read(Path.Combine(dir.Path, "a1"));

        Assert.HasCount(1, inputs);
        var article = inputs[0].Article!;
        Assert.AreEqual("a1", article.Id);
        Assert.AreEqual("fr", article.SourceLang);
        Assert.AreEqual("de", article.TargetLang);
        Assert.AreEqual("Bonjour.", article.Source);
    }

    [TestMethod]
    public void Read_WhenFolderOfFolders_ReadsEachInIdOrderAndKeepsBrokenOnesAsErrors()
    {
        using var dir = new TempFolder();
        dir.Write("b/target.de.txt", "Zweiter Artikel.");
        dir.Write("a/target.de.txt", "Erster Artikel.");
        dir.Write("c/source.en.txt", "No target here.");
        dir.Write("d/target.de.txt", "   \n");

        var inputs = new ArticleReader().Read(dir.Path);

        CollectionAssert.AreEqual(new[] { "a", "b", "c", "d" }, inputs.Select(i => i.Id).ToArray());
        Assert.IsNotNull(inputs[0].Article);
        Assert.IsNull(inputs[0].Article!.Source);
        StringAssert.Contains(inputs[2].Error, "source without a target");
        StringAssert.Contains(inputs[2].Error, "source.en.txt");
        StringAssert.Contains(inputs[3].Error, "target text is empty");
    }

    [TestMethod]
    public void Read_WhenTargetOnly_UsesTheDefaultSourceLanguage()
    {
        using var dir = new TempFolder();
        dir.Write("x/target.de.txt", "Text.");

        var article = new ArticleReader("fr").Read(Path.Combine(dir.Path, "x"))[0].Article!;

        Assert.AreEqual("fr", article.SourceLang);
        Assert.IsFalse(article.HasSource);
    }

    [TestMethod]
    [DataRow("target.en.txt", "not supported")]
    [DataRow("target.deu.txt", "not an ISO 639-1 code")]
    public void Read_WhenTargetIsNotGerman_ReportsTheLanguage(string fileName, string expected)
    {
        using var dir = new TempFolder();
        dir.Write($"x/{fileName}", "Text.");

        var input = new ArticleReader().Read(Path.Combine(dir.Path, "x"))[0];

        StringAssert.Contains(input.Error, expected);
    }

    [TestMethod]
    public void Read_WhenPathMissing_ReportsIt()
    {
        var input = new ArticleReader().Read("/no/such/place")[0];

        Assert.AreEqual("/no/such/place: no such file or folder", input.Error);
    }

    [TestMethod]
    public void Read_WhenJsonLines_ReadsGoodLinesAndNamesTheBadOnesByLine()
    {
        using var dir = new TempFolder();
        var file = dir.Write("batch.jsonl", string.Join('\n',
            """{"id":"one","sourceLang":"en","targetLang":"de","source":"Hello.","target":"Hallo."}""",
            """{"id":"two","target":""}""",
            "not json",
            "",
            """{"id":"three","sourceLang":"fr","targetLang":"de","target":"Nur Deutsch."}""",
            """{"id":"one","target":"Doppelt."}"""));

        var inputs = new ArticleReader().Read(file);

        Assert.HasCount(5, inputs);
        Assert.AreEqual("Hello.", inputs[0].Article!.Source);
        StringAssert.Contains(inputs[1].Error, "batch.jsonl:2: article 'two' has no \"target\"");
        StringAssert.Contains(inputs[2].Error, "batch.jsonl:3: invalid JSON");
        Assert.AreEqual("fr", inputs[3].Article!.SourceLang);
        Assert.IsNull(inputs[3].Article!.Source);
        StringAssert.Contains(inputs[4].Error, "duplicate article id 'one'");
    }

    [TestMethod]
    public void Read_WhenSingleLineOf200000Characters_ReadsItWhole()
    {
        using var dir = new TempFolder();
        var line = string.Concat(Enumerable.Repeat("Das ist ein Satz. ", 11112))[..200_000];
        dir.Write("long/target.de.txt", line);

        var article = new ArticleReader().Read(Path.Combine(dir.Path, "long"))[0].Article!;

        Assert.AreEqual(200_000, article.Target.Length);
    }
}

using TranslationQA.Core.Ingestion;

namespace TranslationQA.Core.Tests.Ingestion;

[TestClass]
public sealed class ArticleLocationTests
{
    [TestMethod]
    [DataRow("feeds/articles.jsonl:12", "feeds/articles.jsonl", 12)]
    [DataRow("/data/Mixed.JSONL:3", "/data/Mixed.JSONL", 3)]
    [DataRow("<stdin>:7", "<stdin>", 7)]
    [DataRow("in/harbour/target.de.txt", "in/harbour/target.de.txt", null)]
    [DataRow("in/odd:12", "in/odd:12", null)]
    [DataRow("feeds/articles.jsonl", "feeds/articles.jsonl", null)]
    [DataRow("feeds/articles.jsonl:x", "feeds/articles.jsonl:x", null)]
    public void Parse_ReadsTheLineOnlyOfAFileOfManyArticles(string path, string file, int? line)
    {
        var location = ArticleLocation.Parse(path);

        Assert.AreEqual(file, location.File);
        Assert.AreEqual(line, location.Line);
        Assert.AreEqual(path, location.ToString());
    }
}

using TranslationQA.Core.Ingestion;

namespace TranslationQA.Core.Tests.Ingestion;

[TestClass]
public sealed class ArticleEntryTests
{
    [TestMethod]
    public void Read_WhenTheFileChangedAfterListing_ReadsTheFileAsItIsThen()
    {
        using var dir = new TempFolder();
        dir.Write("a/target.de.txt", "Erster Stand.");
        dir.Write("b/target.de.txt", "Zweiter Artikel.");
        var entries = new ArticleReader().Entries(dir.Path).ToList();

        dir.Write("a/target.de.txt", "Neuer Stand.");

        CollectionAssert.AreEqual(new[] { "a", "b" }, entries.Select(e => e.Id).ToArray());
        Assert.AreEqual("Neuer Stand.", entries[0].Read().Article!.Target);
    }

    [TestMethod]
    public void Entries_WhenJsonLinesFileIsLargerThanAnyBuffer_ReadsLaterLinesOnlyWhenTheirTurnComes()
    {
        using var dir = new TempFolder();
        var lines = Enumerable.Range(0, 10_000).Select(i => $$"""{"id":"a{{i:D5}}","target":"Alt {{i:D5}}."}""");
        var file = dir.Write("many.jsonl", string.Join('\n', lines) + "\n");

        using var entries = new ArticleReader().Entries(file).GetEnumerator();
        Assert.IsTrue(entries.MoveNext());
        // Rewrite the last line in place: a reader that had read the whole file up front would not see it.
        using (var stream = new FileStream(file, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            stream.Position = stream.Length - "Alt 09999.\"}\n".Length;
            stream.Write("Neu"u8);
        }

        var all = new List<ArticleInput> { entries.Current.Read() };
        while (entries.MoveNext())
        {
            all.Add(entries.Current.Read());
        }

        Assert.HasCount(10_000, all);
        Assert.AreEqual("Alt 00000.", all[0].Article!.Target);
        Assert.AreEqual("Neu 09999.", all[^1].Article!.Target);
    }

    [TestMethod]
    public void Read_WhenJsonLinesFileIsInvalidUtf8_ReadsEveryLineAsWindows1252AndWarnsOnEach()
    {
        using var dir = new TempFolder();
        byte[] bytes = [.. """{"id":"a","target":"Au"""u8, 0xDF, .. """enminister."}"""u8, 0x0A, .. """{"id":"b","target":"Zwei."}"""u8];
        var file = dir.WriteBytes("latin.jsonl", bytes);

        var inputs = new ArticleReader().Read(file);

        Assert.AreEqual("Außenminister.", inputs[0].Article!.Target);
        Assert.IsTrue(inputs.All(i => i.Warnings.Count == 1 && i.Warnings[0].Contains("invalid UTF-8 at byte 22", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Read_WhenJsonLinesFileHasOnlyBlankLines_ReportsItHoldsNoArticle()
    {
        using var dir = new TempFolder();
        var file = dir.Write("empty.jsonl", "\n  \r\n");

        var input = new ArticleReader().Read(file).Single();

        Assert.AreEqual($"{file}: holds no article", input.Error);
    }
}

using System.Text;
using TranslationQA.Core.Ingestion;
using TranslationQA.Core.Model;
using TranslationQA.Reporting.Resume;
using TranslationQA.Reporting.Tests.Support;

namespace TranslationQA.Reporting.Tests.Resume;

/// <summary>The resume journal written as a run goes on, and read back by a resumed run.</summary>
[TestClass]
public sealed class ResumeJournalTests
{
    private static readonly JournalSettings Settings = new("0.1.0+abc", "offline", "critical", null, null);

    [TestMethod]
    public async Task Find_WhenTheJournalHoldsTheSampleRun_RebuildsResultsThatWriteEveryGoldenFileAgainByteForByte()
    {
        using var temp = new TempDir();
        var report = SampleReports.Create();
        WriteJournal(temp.Path, report.Articles);

        using var index = Open(temp.Path);
        var rebuilt = report.Articles.Select(a => a.Analysis is null ? a : index.Find(Input(a))!).ToList();
        var output = Path.Combine(temp.Path, "reports");
        var failures = await new ReportSet(ReportWriters.All(FixedTime.Default)).WriteAsync(report with { Articles = rebuilt }, output, CancellationToken.None);

        Assert.IsEmpty(failures, string.Join("; ", failures));
        Assert.AreEqual(report.Articles.Count(a => a.Analysis is not null), index.Count, "the article that could not be read is not kept");
        foreach (var file in Directory.GetFiles(output, "*", SearchOption.AllDirectories))
        {
            Golden.AssertMatches(Path.GetRelativePath(output, file).Replace('\\', '/'), await File.ReadAllTextAsync(file));
        }
    }

    [TestMethod]
    public void Find_WhenTheTargetChangedSinceTheRun_FindsNothing()
    {
        using var temp = new TempDir();
        var article = Checked();
        WriteJournal(temp.Path, [article]);
        var changed = Input(article) with { Article = article.Analysis!.Article with { Target = article.Analysis.Article.Target + " Neu." } };

        using var index = Open(temp.Path);

        Assert.IsNull(index.Find(changed));
        Assert.IsFalse(index.Contains(changed.Article!));
        Assert.IsNotNull(index.Find(Input(article)));
    }

    [TestMethod]
    public void Find_WhenTheInputIsNamedDifferentlyNow_KeepsTheResultUnderTheNewPaths()
    {
        using var temp = new TempDir();
        var article = Checked();
        WriteJournal(temp.Path, [article]);
        var moved = article.Analysis!.Article with { TargetPath = "moved/target.de.txt", SourcePath = "moved/source.en.txt" };

        using var index = Open(temp.Path);
        var found = index.Find(new ArticleInput(article.Id, "moved", moved, null, []))!;

        Assert.AreEqual("moved", found.Path);
        Assert.AreEqual("moved/target.de.txt", found.Analysis!.Article.TargetPath);
        CollectionAssert.AreEqual(article.Findings.ToList(), found.Findings.ToList());
    }

    [TestMethod]
    public async Task Open_WhenTheLastLineIsTorn_IgnoresItAndContinueCutsItOffBeforeAddingMore()
    {
        using var temp = new TempDir();
        var articles = SampleReports.Create().Articles.Where(a => a.Analysis is not null).ToList();
        WriteJournal(temp.Path, articles.Take(2));
        var path = Path.Combine(temp.Path, ResumeJournal.FileName);
        var whole = new FileInfo(path).Length;
        WriteJournal(Path.Combine(temp.Path, "third"), articles.Skip(2).Take(1));
        var third = File.ReadAllLines(Path.Combine(temp.Path, "third", ResumeJournal.FileName))[1];
        await File.AppendAllTextAsync(path, third[..(third.Length / 2)]); // a kill half-way through the third article's line

        using (var index = Open(temp.Path))
        {
            Assert.AreEqual(2, index.Count);
            Assert.AreEqual(whole, index.Length);
            Assert.IsNull(index.Find(Input(articles[2])));
            using var journal = ResumeJournal.Continue(index);
            journal.Add(articles[3], 3);
        }

        using var resumed = Open(temp.Path);
        Assert.AreEqual(3, resumed.Count);
        Assert.IsNotNull(resumed.Find(Input(articles[3])));
        Assert.IsTrue(File.ReadAllText(path).EndsWith('\n'));
    }

    [TestMethod]
    public async Task Open_WhenAWholeLineIsNotAJournalEntry_ThrowsNamingTheFileAndLine()
    {
        using var temp = new TempDir();
        WriteJournal(temp.Path, [Checked()]);
        var path = Path.Combine(temp.Path, ResumeJournal.FileName);
        await File.AppendAllTextAsync(path, "{\"inputHash\": \"no\"}\n", new UTF8Encoding(false));

        var error = Assert.ThrowsExactly<InvalidDataException>(() => ResumeIndex.Open(temp.Path, Settings, out _));

        StringAssert.Contains(error.Message, $"{path}:3:");
    }

    [TestMethod]
    public void Open_WhenTheJournalWasWrittenWithAnotherGate_ResumesNothingAndSaysWhy()
    {
        using var temp = new TempDir();
        WriteJournal(temp.Path, [Checked()]);

        var index = ResumeIndex.Open(temp.Path, Settings with { FailOn = "major" }, out var reason);

        Assert.IsNull(index);
        StringAssert.Contains(reason, "another --fail-on (critical, now major)");
    }

    [TestMethod]
    public void Open_WhenTheJournalWasWrittenWithAnotherGlossary_ResumesNothingAndSaysWhy()
    {
        using var temp = new TempDir();
        WriteJournal(temp.Path, [Checked()]);

        var index = ResumeIndex.Open(temp.Path, Settings with { Glossary = "a-hash-of-another-term-base" }, out var reason);

        Assert.IsNull(index);
        StringAssert.Contains(reason, "another --glossary file");
    }

    [TestMethod]
    public void Open_WhenThereIsNoJournal_ResumesNothingAndSaysSo()
    {
        using var temp = new TempDir();

        var index = ResumeIndex.Open(temp.Path, Settings, out var reason);

        Assert.IsNull(index);
        StringAssert.Contains(reason, $"no resume.jsonl in {temp.Path}");
    }

    [TestMethod]
    public void Delete_WhenTheRunCompleted_RemovesTheJournal()
    {
        using var temp = new TempDir();
        var journal = ResumeJournal.Start(temp.Path, Settings);
        journal.Add(Checked(), 0);

        journal.Delete();

        Assert.IsFalse(File.Exists(Path.Combine(temp.Path, ResumeJournal.FileName)));
    }

    private static ArticleResult Checked() => SampleReports.Create().Articles.Last();

    private static ArticleInput Input(ArticleResult result) => new(result.Id, result.Path, result.Analysis!.Article, null, []);

    private static ResumeIndex Open(string folder) =>
        ResumeIndex.Open(folder, Settings, out var reason) ?? throw new AssertFailedException($"not resumable: {reason}");

    private static void WriteJournal(string folder, IEnumerable<ArticleResult> articles)
    {
        using var journal = ResumeJournal.Start(folder, Settings);
        var position = 0;
        foreach (var article in articles)
        {
            journal.Add(article, position++);
        }
    }
}

using System.Diagnostics;
using TranslationQA.Core.Ingestion;

namespace TranslationQA.Core.Tests.Ingestion;

/// <summary>Input that others submit: links out of the folder, files that are not files, files too large to be articles.</summary>
[TestClass]
public sealed class UntrustedInputTests
{
    private const string Source = "The minister called on Monday.\n";
    private const string Target = "Der Minister rief am Montag an.\n";

    [TestMethod]
    public void Read_WhenATargetLinksToAFileOutsideTheFolder_RefusesItAndReadsTheOthers()
    {
        using var outside = new TempFolder();
        var secret = outside.Write("secret.txt", "password=hunter2\n");
        using var dir = new TempFolder();
        Article(dir, "a");
        Directory.CreateDirectory(Path.Combine(dir.Path, "b"));
        File.CreateSymbolicLink(Path.Combine(dir.Path, "b", "target.de.txt"), secret);

        var inputs = new ArticleReader().Read(dir.Path);

        Assert.IsNotNull(inputs.Single(i => i.Id == "a").Article);
        var refused = inputs.Single(i => i.Id == "b");
        Assert.IsNull(refused.Article);
        StringAssert.Contains(refused.Error, "b/target.de.txt: a symbolic link that leaves the input folder");
        StringAssert.Contains(refused.Error, "--follow-symlinks");
    }

    [TestMethod]
    public void Read_WhenALinkLeavesThroughAnotherLinkAndDotDot_RefusesIt()
    {
        // "inner/../secret.txt" is inside the folder to a reader that cancels ".." lexically; the kernel first follows
        // "inner" (a link to outside/deep) and then goes up, to outside/secret.txt.
        using var outside = new TempFolder();
        outside.Write("secret.txt", "password=hunter2\n");
        Directory.CreateDirectory(Path.Combine(outside.Path, "deep"));
        using var dir = new TempFolder();
        Article(dir, "a");
        File.CreateSymbolicLink(Path.Combine(dir.Path, "a", "inner"), Path.Combine(outside.Path, "deep"));
        File.Delete(Path.Combine(dir.Path, "a", "target.de.txt"));
        File.CreateSymbolicLink(Path.Combine(dir.Path, "a", "target.de.txt"), "inner/../secret.txt");
        Assert.AreEqual("password=hunter2\n", File.ReadAllText(Path.Combine(dir.Path, "a", "target.de.txt")));

        var input = new ArticleReader().Read(dir.Path).Single();

        StringAssert.Contains(input.Error, "leaves the input folder");
    }

    [TestMethod]
    public void Read_WhenAnArticleFolderLinksOutside_RefusesItWithoutListingIt()
    {
        using var outside = new TempFolder();
        Article(outside, "elsewhere");
        using var dir = new TempFolder();
        Article(dir, "a");
        File.CreateSymbolicLink(Path.Combine(dir.Path, "b"), Path.Combine(outside.Path, "elsewhere"));

        var inputs = new ArticleReader().Read(dir.Path);

        Assert.HasCount(2, inputs);
        StringAssert.Contains(inputs.Single(i => i.Id == "b").Error, "a symbolic link that leaves the input folder");
    }

    [TestMethod]
    public void Read_WhenLinksStayInsideTheFolder_FollowsThem()
    {
        using var dir = new TempFolder();
        Article(dir, "a");
        Directory.CreateDirectory(Path.Combine(dir.Path, "b"));
        File.CreateSymbolicLink(Path.Combine(dir.Path, "b", "target.de.txt"), "../a/target.de.txt");
        File.CreateSymbolicLink(Path.Combine(dir.Path, "c"), "a");

        var inputs = new ArticleReader().Read(dir.Path);

        Assert.HasCount(3, inputs);
        Assert.IsTrue(inputs.All(i => i.Article?.Target == Target), string.Join("\n", inputs.Select(i => i.Error)));
    }

    [TestMethod]
    public void Read_WithFollowSymlinks_FollowsALinkOutside()
    {
        using var outside = new TempFolder();
        var elsewhere = outside.Write("t.txt", Target);
        using var dir = new TempFolder();
        Directory.CreateDirectory(Path.Combine(dir.Path, "b"));
        File.CreateSymbolicLink(Path.Combine(dir.Path, "b", "target.de.txt"), elsewhere);

        var input = new ArticleReader(limits: new InputLimits(InputLimits.DefaultMaxArticleBytes, FollowSymlinks: true)).Read(dir.Path).Single();

        Assert.AreEqual(Target, input.Article?.Target);
    }

    [TestMethod]
    public void Read_WhenTheGivenPathIsALink_TrustsIt()
    {
        using var outside = new TempFolder();
        Article(outside, "a");
        using var dir = new TempFolder();
        var link = Path.Combine(dir.Path, "given");
        File.CreateSymbolicLink(link, outside.Path);

        var input = new ArticleReader().Read(link).Single();

        Assert.AreEqual(Target, input.Article?.Target);
    }

    [TestMethod]
    public void Read_WhenATargetLinksToADevice_RefusesItEvenWhenLinksMayBeFollowed()
    {
        using var dir = new TempFolder();
        Directory.CreateDirectory(Path.Combine(dir.Path, "z"));
        File.CreateSymbolicLink(Path.Combine(dir.Path, "z", "target.de.txt"), "/dev/zero");

        var input = new ArticleReader(limits: new InputLimits(1000, FollowSymlinks: true)).Read(dir.Path).Single();

        StringAssert.Contains(input.Error, "z/target.de.txt: is not a regular file (a character device)");
    }

    [TestMethod]
    [Timeout(10_000, CooperativeCancellation = true)]
    public void Read_WhenATargetIsANamedPipe_RefusesItWithoutOpeningIt()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Inconclusive("named pipes are made with mkfifo");
        }

        using var dir = new TempFolder();
        Directory.CreateDirectory(Path.Combine(dir.Path, "p"));
        var fifo = Path.Combine(dir.Path, "p", "target.de.txt");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        // Opening a pipe for reading blocks until a writer comes, so a reader that opened it would never return.
        var read = Task.Run(() => new ArticleReader().Read(dir.Path).Single());

        Assert.IsTrue(read.Wait(TimeSpan.FromSeconds(5)), "reading a folder with a named pipe did not return");
        StringAssert.Contains(read.Result.Error, "p/target.de.txt: is not a regular file (a named pipe)");
    }

    [TestMethod]
    public void Read_WhenAFileIsAboveTheLimit_RefusesItWithItsSizeAndTheLimit()
    {
        using var dir = new TempFolder();
        Article(dir, "a");
        dir.Write("big/target.de.txt", new string('x', 2_001));

        var inputs = new ArticleReader(limits: new InputLimits(2_000)).Read(dir.Path);

        Assert.IsNotNull(inputs.Single(i => i.Id == "a").Article);
        StringAssert.Contains(inputs.Single(i => i.Id == "big").Error,
            "big/target.de.txt: the file is 2,001 bytes, above the article size limit of 2,000 bytes");
    }

    [TestMethod]
    public void Read_WhenAJsonLineIsAboveTheLimit_RefusesThatLineOnly()
    {
        using var dir = new TempFolder();
        var file = dir.Write("batch.jsonl",
            "{\"id\":\"a\",\"target\":\"Guten Tag.\"}\n" +
            "{\"id\":\"b\",\"target\":\"" + new string('y', 5_000) + "\"}\r\n" +
            "{\"id\":\"c\",\"target\":\"Gute Nacht.\"}");

        var inputs = new ArticleReader(limits: new InputLimits(1_000)).Read(file);

        CollectionAssert.AreEqual(new[] { "a", "batch#2", "c" }, inputs.Select(i => i.Id).ToArray());
        StringAssert.Contains(inputs[1].Error, "batch.jsonl:2: the line is 5,022 bytes, above the article size limit of 1,000 bytes");
        Assert.AreEqual("Gute Nacht.", inputs[2].Article?.Target);
    }

    [TestMethod]
    public void Read_WhenAGivenJsonlIsNotARegularFile_RefusesIt()
    {
        var input = new ArticleReader().Read("/dev/null.jsonl").Single();
        StringAssert.Contains(input.Error, "no such file or folder");

        using var dir = new TempFolder();
        var link = Path.Combine(dir.Path, "zero.jsonl");
        File.CreateSymbolicLink(link, "/dev/zero");

        StringAssert.Contains(new ArticleReader().Read(link).Single().Error, "is not a regular file (a character device)");
    }

    [TestMethod]
    public void RealPath_ResolvesLinksComponentByComponent()
    {
        using var dir = new TempFolder();
        Directory.CreateDirectory(Path.Combine(dir.Path, "x", "y"));
        File.CreateSymbolicLink(Path.Combine(dir.Path, "l"), "x/y");

        var real = InputBoundary.RealPath(Path.Combine(dir.Path, "l", "..", "z"));

        Assert.AreEqual(Path.Combine(InputBoundary.RealPath(dir.Path), "x", "z"), real);
    }

    private static void Article(TempFolder dir, string id)
    {
        dir.Write($"{id}/source.en.txt", Source);
        dir.Write($"{id}/target.de.txt", Target);
    }
}

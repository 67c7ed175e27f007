using System.Diagnostics;

namespace TranslationQA.Cli.Tests;

/// <summary>What a run leaves in its output folder when the folder is shared or the disk fills up.</summary>
[TestClass]
[DoNotParallelize]
public sealed class OutputFolderTests
{
    [TestMethod]
    public async Task Check_WhenAnotherRunIsWritingTheSameFolder_ExitsWithErrorNamingThatProcess()
    {
        var root = Path.Combine(Path.GetTempPath(), "tqa-lock-" + Guid.NewGuid().ToString("N"));
        var output = Path.Combine(root, "out");
        Directory.CreateDirectory(root);
        await ArticleBatch.WriteAsync(Path.Combine(root, "batch.jsonl"), 3_000);
        using var first = CliProcess.Start(new Dictionary<string, string?>(), "check", Path.Combine(root, "batch.jsonl"), "--out", output, "-q");
        await ArticleBatch.WaitForAsync(() => ArticleBatch.HasPages(output), first);

        var second = await CliProcess.RunAsync("check", CliProcess.FixturePath("articles"), "--out", output, "-q");

        Assert.AreEqual(ExitCodes.Error, second.ExitCode, second.ToString());
        StringAssert.Contains(second.Stderr, "another translationqa run is writing its reports there");
        StringAssert.Contains(second.Stderr, $"process {first.Id}");
        Assert.IsFalse(first.HasExited, "the first run must go on");
        first.Signal("INT");
        var result = await first.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.AreEqual(ExitCodes.Interrupted, result.ExitCode, result.ToString());
        OutputFolder.AssertEveryFileIsWhole(output);

        // The folder is free again once the first run has ended.
        var third = await CliProcess.RunAsync("check", CliProcess.FixturePath("articles"), "--out", output, "-q");
        Assert.AreEqual(ExitCodes.GateFailed, third.ExitCode, third.ToString());
        Directory.Delete(root, recursive: true);
    }

    [TestMethod]
    [DataRow(150)]
    [DataRow(400)]
    [DataRow(700)]
    public async Task Check_WhenTheDiskFillsUp_LeavesOnlyWholeReportsAndNamesTheMissingOnes(int kilobytes)
    {
        // A real small file system: a tmpfs of a few hundred KB fills up at a different report for each size.
        var mount = Path.Combine(Path.GetTempPath(), "tqa-full-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(mount);
        if (!OperatingSystem.IsLinux() || Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", mount) != 0)
        {
            Directory.Delete(mount);
            Assert.Inconclusive("mounting a tmpfs needs root (CAP_SYS_ADMIN)");
        }

        try
        {
            var output = Path.Combine(mount, "out");

            var result = await CliProcess.RunAsync("check", CliProcess.FixturePath("articles"), "--out", output, "-q");

            Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
            StringAssert.Contains(result.Stderr, "No space left on device");
            StringAssert.Contains(result.Stdout, "Not written: ");
            Assert.DoesNotContain("   at ", result.Stderr, "no stack trace");
            OutputFolder.AssertEveryFileIsWhole(output);
            var written = Directory.GetFiles(output).Select(Path.GetFileName).ToList();
            if (!written.Contains("index.html"))
            {
                Assert.DoesNotContain("Report: ", result.Stdout, "the summary must not point at an index that is not there");
            }
        }
        finally
        {
            Run("umount", mount);
            Directory.Delete(mount, recursive: true);
        }
    }

    private static int Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
    }
}

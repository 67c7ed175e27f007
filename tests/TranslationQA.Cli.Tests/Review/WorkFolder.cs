namespace TranslationQA.Cli.Tests.Review;

/// <summary>A scratch working directory holding a copy of the review fixture, where the tool runs as CI runs it.</summary>
internal sealed class WorkFolder : IDisposable
{
    private readonly string _root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tqa-review-" + Guid.NewGuid().ToString("N"));

    public string Path(string relative) => System.IO.Path.Combine(_root, relative);

    /// <summary>Copies fixtures/pairs/fr-justice-avocat to articles/ and returns the path of its German file.</summary>
    public string CopyFixture(string id = "fr-justice-avocat")
    {
        var target = Directory.CreateDirectory(Path($"articles/{id}")).FullName;
        foreach (var file in Directory.GetFiles(CliProcess.FixturePath("pairs", id)))
        {
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }

        return System.IO.Path.Combine(target, "target.de.txt");
    }

    /// <summary>Runs <c>translationqa check</c> in this folder.</summary>
    public async Task<CliResult> CheckAsync(params string[] args)
    {
        using var run = CliProcess.StartIn(_root, new Dictionary<string, string?>(), ["check", .. args]);
        return await run.WaitAsync(TimeSpan.FromMinutes(5));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}

using TranslationQA.Cli.Configuration;

namespace TranslationQA.Cli.Init;

/// <summary>
/// What <c>translationqa init</c> writes: the starter config and one CI definition per platform. The texts are the
/// files of <c>docs/ci</c>, embedded at build time, so the documented definitions and the written ones are one text.
/// </summary>
internal static class StarterFiles
{
    /// <summary>The starter <c>translationqa.json</c>.</summary>
    public static StarterFile Config { get; } = new("translationqa.json", ConfigFile.DefaultName);

    /// <summary>The CI definition of each platform <c>--ci</c> accepts, by its name there.</summary>
    public static IReadOnlyDictionary<string, StarterFile> Ci { get; } = new Dictionary<string, StarterFile>
    {
        ["github"] = new("github-actions.yml", Path.Combine(".github", "workflows", "translationqa.yml")),
        ["gitlab"] = new("gitlab-ci.yml", ".gitlab-ci.yml"),
        ["azure"] = new("azure-pipelines.yml", "azure-pipelines.yml"),
    };
}

/// <summary>One file <c>init</c> writes: its name in <c>docs/ci</c> and where it goes, relative to the folder of the run.</summary>
internal sealed record StarterFile(string DocsName, string Destination)
{
    /// <summary>The file's text, as in <c>docs/ci</c>.</summary>
    public string Text
    {
        get
        {
            using var stream = typeof(StarterFile).Assembly.GetManifestResourceStream("ci/" + DocsName)
                ?? throw new InvalidOperationException($"docs/ci/{DocsName} is not embedded in the build");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}

namespace TranslationQA.Cli.Tests.Quality;

/// <summary>
/// The labelled data beside the repository (../shared/data, read-only, never copied in): the folder named by
/// TQA_SHARED_DATA, else the nearest "shared/data" found walking up from the repository root.
/// </summary>
internal static class SharedData
{
    public static string? Root { get; } = Find();

    public static string Wmt21 => Path.Combine(Require(), "wmt21-mqm-ende");

    public static string Ced => Path.Combine(Require(), "wmt22-ced-ende-dev", "articles.jsonl");

    private static string Require() =>
        Root ?? throw new AssertInconclusiveException(
            "The labelled sets are not beside this checkout (../shared/data); set TQA_SHARED_DATA to their folder.");

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("TQA_SHARED_DATA") is { Length: > 0 } configured)
        {
            return Directory.Exists(configured) ? configured : null;
        }

        for (var dir = new DirectoryInfo(CliProcess.RepositoryRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(Path.Combine(candidate, "wmt21-mqm-ende")))
            {
                return candidate;
            }
        }

        return null;
    }
}

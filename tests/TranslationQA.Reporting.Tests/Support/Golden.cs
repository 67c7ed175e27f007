using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace TranslationQA.Reporting.Tests.Support;

/// <summary>Compares output with fixtures/golden; UPDATE_GOLDEN=1 rewrites the golden files instead.</summary>
internal static class Golden
{
    public static string Directory { get; } = Path.Combine(RepoRoot(), "fixtures", "golden");

    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    /// <summary>Asserts <paramref name="actual"/> equals the golden file at <paramref name="relativePath"/>.</summary>
    public static void AssertMatches(string relativePath, string actual)
    {
        var path = Path.Combine(Directory, relativePath);
        // SARIF names the working folder as the base of its URIs; a golden file cannot know where the tests run.
        actual = actual.ReplaceLineEndings("\n")
            .Replace(Reporting.Ci.ArtifactPath.BaseUri(Environment.CurrentDirectory), "file:///working-folder/", StringComparison.Ordinal);
        if (Updating)
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }

        Assert.IsTrue(File.Exists(path), $"Golden file {relativePath} is missing; run the tests with UPDATE_GOLDEN=1 to create it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            Assert.Fail($"{relativePath} differs from its golden file (UPDATE_GOLDEN=1 accepts the change):\n{UnifiedDiff(expected, actual)}");
        }
    }

    /// <summary>A unified-style diff (--- golden, +++ actual) with two lines of context, at most 120 lines.</summary>
    public static string UnifiedDiff(string expected, string actual)
    {
        var lines = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false).Lines;
        var output = new StringBuilder("--- golden\n+++ actual\n");
        var shown = 0;
        for (var i = 0; i < lines.Count && shown < 120; i++)
        {
            var near = Enumerable.Range(Math.Max(0, i - 2), Math.Min(lines.Count, i + 3) - Math.Max(0, i - 2))
                .Any(j => lines[j].Type != ChangeType.Unchanged);
            if (!near) continue;
            var prefix = lines[i].Type switch { ChangeType.Inserted => '+', ChangeType.Deleted => '-', _ => ' ' };
            output.Append(prefix).Append(lines[i].Position?.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(5) ?? "     ")
                .Append(' ').Append(lines[i].Text).Append('\n');
            shown++;
        }

        return output.ToString();
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TranslationQA.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("TranslationQA.sln not found above the test binaries.");
    }
}

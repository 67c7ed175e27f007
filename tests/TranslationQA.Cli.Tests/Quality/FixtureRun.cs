using TranslationQA.Core.Checks;
using TranslationQA.Core.Findings;
using TranslationQA.Core.Ingestion;
using TranslationQA.Core.Model;
using TranslationQA.Core.Pipeline;
using TranslationQA.Translation.Offline;

namespace TranslationQA.Cli.Tests.Quality;

/// <summary>
/// The real pipeline (offline engine, full catalogue) run once over every annotated fixture folder,
/// shared by the quality and alignment measurements.
/// </summary>
internal static class FixtureRun
{
    private static readonly Lazy<Task<IReadOnlyList<FixtureResult>>> Results = new(RunAsync);

    public static Task<IReadOnlyList<FixtureResult>> AllAsync() => Results.Value;

    private static async Task<IReadOnlyList<FixtureResult>> RunAsync()
    {
        var folders = new[] { "articles", "pairs", "heldout", "heldout2" }
            .SelectMany(set => Directory.GetDirectories(CliProcess.FixturePath(set)).Order(StringComparer.Ordinal)
                .Select(dir => (Set: set, Dir: dir)))
            .ToList();
        var inputs = folders.Select(f => new ArticleReader().Read(f.Dir).Single()).ToList();
        var engine = await OfflineBackTranslator.LoadAsync(null, CancellationToken.None);
        var pipeline = new QaPipeline(PipelineFactory.Components(engine, CheckCatalogue.CreateAll(new CheckOptions())));
        var results = await pipeline.RunAsync(inputs, QualityGate.Default, null, CancellationToken.None);
        return [.. folders.Zip(results, (f, r) => new FixtureResult(f.Set, f.Dir, r, Evaluate(f.Dir, r)))];
    }

    private static AnnotationEvaluation Evaluate(string dir, ArticleResult result)
    {
        var expected = Path.Combine(dir, "expected.tsv");
        Assert.IsNotNull(result.Analysis, $"{dir}: {result.Error}");
        return AnnotationEvaluator.Evaluate(File.ReadAllText(expected), result.Analysis.Article.Target, result.Findings);
    }
}

/// <summary>One fixture article: which set it is in, its result and how its findings compare with its annotations.</summary>
internal sealed record FixtureResult(string Set, string Dir, ArticleResult Result, AnnotationEvaluation Evaluation)
{
    public string Name => Path.GetFileName(Dir);

    /// <summary>A clean control: annotated with no error at all.</summary>
    public bool IsClean => Evaluation.Annotations == 0;
}

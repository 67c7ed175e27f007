using TranslationQA.Core.Checks;
using TranslationQA.Core.Evaluation;
using TranslationQA.Core.Ingestion;
using TranslationQA.Core.Model;
using TranslationQA.Core.Pipeline;
using TranslationQA.Translation.Offline;

namespace TranslationQA.Cli.Tests.Quality;

/// <summary>
/// The real pipeline (offline engine, full catalogue, built-in calibration) run once over each labelled set of
/// ../shared/data, shared by the measurements that assert its floors.
/// </summary>
internal static class PublicSetRun
{
    private static readonly Lazy<Task<OfflineBackTranslator>> Engine = new(() => OfflineBackTranslator.LoadAsync(null, CancellationToken.None));
    private static readonly Lazy<Task<(SetEvaluation, IReadOnlyList<ArticleResult>)>> Wmt21Run = new(() => RunAsync(SharedData.Wmt21));
    private static readonly Lazy<Task<(SetEvaluation, IReadOnlyList<ArticleResult>)>> CedRun = new(() => RunAsync(SharedData.Ced));

    public static Task<(SetEvaluation Evaluation, IReadOnlyList<ArticleResult> Results)> Wmt21Async() => Wmt21Run.Value;

    public static Task<(SetEvaluation Evaluation, IReadOnlyList<ArticleResult> Results)> CedAsync() => CedRun.Value;

    /// <summary>Checks <paramref name="inputs"/> with the same pipeline.</summary>
    public static async Task<IReadOnlyList<ArticleResult>> CheckAsync(IReadOnlyList<ArticleInput> inputs)
    {
        var pipeline = new QaPipeline(PipelineFactory.Components(await Engine.Value, CheckCatalogue.CreateAll(new CheckOptions())));
        return await pipeline.RunAsync(inputs, QualityGate.Default, null, CancellationToken.None);
    }

    private static async Task<(SetEvaluation, IReadOnlyList<ArticleResult>)> RunAsync(string path)
    {
        var set = LabelledSetReader.Read(path);
        var results = await CheckAsync([.. set.Articles.Select(a => a.Input)]);
        var evaluator = new SetEvaluator(set);
        foreach (var (article, result) in set.Articles.Zip(results))
        {
            evaluator.Add(article, result);
        }

        return (evaluator.Result(), results);
    }
}

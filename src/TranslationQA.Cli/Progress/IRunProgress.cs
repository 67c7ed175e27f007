namespace TranslationQA.Cli.Progress;

/// <summary>Shows how far a run has got while <c>body</c> runs; <c>body</c> reports each article it finishes.</summary>
internal interface IRunProgress
{
    /// <summary>Runs <paramref name="body"/> with a callback that counts finished articles out of <paramref name="total"/>.</summary>
    Task<T> RunAsync<T>(long total, Func<Action<int>, Task<T>> body);
}

/// <summary>No progress display (--quiet, or a single article).</summary>
internal sealed class NoProgress : IRunProgress
{
    public static NoProgress Instance { get; } = new();

    public Task<T> RunAsync<T>(long total, Func<Action<int>, Task<T>> body) => body(_ => { });
}

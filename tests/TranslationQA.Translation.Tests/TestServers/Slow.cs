using Microsoft.AspNetCore.Http;

namespace TranslationQA.Translation.Tests.TestServers;

/// <summary>Server behaviours that never answer, for time-out and cancellation tests.</summary>
public static class Slow
{
    /// <summary>A handler that signals <paramref name="arrived"/> and then waits until the client gives up.</summary>
    public static Func<HttpContext, Task> Hang(TaskCompletionSource? arrived) => async context =>
    {
        arrived?.TrySetResult();
        try
        {
            await Task.Delay(TimeSpan.FromMinutes(2), context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The client disconnected, which is the point.
        }
    };
}

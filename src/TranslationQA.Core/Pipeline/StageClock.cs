using System.Collections.Concurrent;
using System.Diagnostics;

namespace TranslationQA.Core.Pipeline;

/// <summary>
/// Time spent in each stage of the pipeline (segmenting, back-translating, aligning, linking, diffing, each rule,
/// scoring) and the memory it allocated, summed over the threads that ran it: where a run's processor time goes,
/// without a profiler (allocation matters because the collector's work grows with it).
/// </summary>
public sealed class StageClock
{
    private readonly ConcurrentDictionary<string, (long Ticks, long Bytes)> _totals = new(StringComparer.Ordinal);

    /// <summary>A stage's start on the current thread.</summary>
    public static (long Ticks, long Bytes, int Thread) Start() =>
        (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread(), Environment.CurrentManagedThreadId);

    /// <summary>
    /// Adds the time from <paramref name="start"/> until now to <paramref name="stage"/>, and what the thread allocated
    /// meanwhile (nothing when an await moved the stage to another thread: that count would be another thread's).
    /// </summary>
    public void Add(string stage, (long Ticks, long Bytes, int Thread) start)
    {
        var sameThread = start.Thread == Environment.CurrentManagedThreadId;
        var spent = (Stopwatch.GetTimestamp() - start.Ticks, sameThread ? GC.GetAllocatedBytesForCurrentThread() - start.Bytes : 0);
        _totals.AddOrUpdate(stage, spent, (_, total) => (total.Ticks + spent.Item1, total.Bytes + spent.Item2));
    }

    /// <summary>Every stage with its time and bytes allocated, the longest first.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Time, long Allocated)> Stages =>
        [.. _totals.Select(p => (p.Key, Stopwatch.GetElapsedTime(0, p.Value.Ticks), p.Value.Bytes))
            .OrderByDescending(p => p.Item2).ThenBy(p => p.Key, StringComparer.Ordinal)];
}

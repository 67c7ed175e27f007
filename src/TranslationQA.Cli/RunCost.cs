using System.Diagnostics;
using System.Globalization;

namespace TranslationQA.Cli;

/// <summary>
/// What a stretch of a run cost the process: processor time on all cores, bytes allocated, and the garbage
/// collector's collections and pauses. <c>bench</c> prints it so that the throughput figure says where the time went.
/// </summary>
internal readonly record struct RunCost(TimeSpan Processor, long Allocated, int Gen0, int Gen1, int Gen2, TimeSpan Paused)
{
    /// <summary>The totals since the process started.</summary>
    public static RunCost Now()
    {
        using var process = Process.GetCurrentProcess();
        return new RunCost(process.TotalProcessorTime, GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(1),
            GC.CollectionCount(2), GC.GetTotalPauseDuration());
    }

    /// <summary>The cost between two readings.</summary>
    public static RunCost operator -(RunCost end, RunCost start) =>
        new(end.Processor - start.Processor, end.Allocated - start.Allocated, end.Gen0 - start.Gen0, end.Gen1 - start.Gen1,
            end.Gen2 - start.Gen2, end.Paused - start.Paused);

    /// <summary>One line for a stretch of <paramref name="elapsed"/> wall time.</summary>
    public string Describe(TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture,
        $"processor time {Processor.TotalSeconds:F2} s ({Processor / elapsed:F2} of {Environment.ProcessorCount} cores busy); " +
        $"{Allocated / (1024.0 * 1024 * 1024):F1} GB allocated; collections {Gen0} / {Gen1} / {Gen2} (gen 0 / 1 / 2), " +
        $"the program paused for them {Paused.TotalSeconds:F2} s");
}

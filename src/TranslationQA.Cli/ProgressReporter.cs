using System.Globalization;

namespace TranslationQA.Cli;

/// <summary>Prints "checked 256/1,000 articles" lines on standard error so long runs show they are alive.</summary>
internal sealed class ProgressReporter(TextWriter stderr, TimeProvider time) : IProgress<Core.Pipeline.PipelineProgress>
{
    private readonly long _started = time.GetTimestamp();

    public void Report(Core.Pipeline.PipelineProgress value)
    {
        var seconds = time.GetElapsedTime(_started).TotalSeconds;
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"checked {value.Done:N0}/{value.Total:N0} articles ({seconds:F1} s)"));
    }
}

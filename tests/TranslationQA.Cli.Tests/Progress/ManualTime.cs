namespace TranslationQA.Cli.Tests.Progress;

/// <summary>A clock that moves only when told, for progress lines that depend on elapsed time.</summary>
internal sealed class ManualTime : TimeProvider
{
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => _ticks;

    public void Advance(TimeSpan by) => _ticks += by.Ticks;
}

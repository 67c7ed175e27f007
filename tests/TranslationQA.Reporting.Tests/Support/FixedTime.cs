namespace TranslationQA.Reporting.Tests.Support;

/// <summary>A clock stopped at one instant, so reports are byte-for-byte reproducible.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public static FixedTime Default { get; } = new(new DateTimeOffset(2025, 3, 14, 9, 30, 5, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}

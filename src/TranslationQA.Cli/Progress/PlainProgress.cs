using System.Globalization;
using Humanizer;
using TranslationQA.Reporting.Html;

namespace TranslationQA.Cli.Progress;

/// <summary>
/// Progress for logs (output redirected, CI): a plain line on standard error at most every <c>interval</c>, with
/// articles per second and the time left, so a long run shows it is alive without flooding the log.
/// </summary>
internal sealed class PlainProgress(TextWriter stderr, TimeProvider time, TimeSpan interval) : IRunProgress
{
    /// <summary>How often a redirected run prints a progress line.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(5);

    public async Task<T> RunAsync<T>(long total, Func<Action<int>, Task<T>> body)
    {
        var started = time.GetTimestamp();
        var lastPrinted = started;
        long done = 0;
        void Advance(int articles)
        {
            done += articles;
            if (time.GetElapsedTime(lastPrinted) >= interval && done < total)
            {
                lastPrinted = time.GetTimestamp();
                stderr.WriteLine(Line(done, total, time.GetElapsedTime(started)));
            }
        }

        return await body(Advance).ConfigureAwait(false);
    }

    /// <summary>E.g. "checked 1,200/50,000 articles (2.4 %), 98.5 articles/s, about 8 minutes left".</summary>
    public static string Line(long done, long total, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? done / elapsed.TotalSeconds : 0;
        var left = rate > 0 ? TimeSpan.FromSeconds((total - done) / rate) : (TimeSpan?)null;
        var percent = total > 0 ? 100.0 * done / total : 100;
        return string.Create(CultureInfo.InvariantCulture, $"checked {done:N0}/{total:N0} articles ({percent:F1} %), {rate:F1} articles/s")
            + (left is { } l ? $", about {l.Humanize(1, RunSummary.Culture, minUnit: TimeUnit.Second)} left" : "");
    }
}

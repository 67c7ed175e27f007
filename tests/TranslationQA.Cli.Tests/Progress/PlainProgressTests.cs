using TranslationQA.Cli.Progress;

namespace TranslationQA.Cli.Tests.Progress;

[TestClass]
public sealed class PlainProgressTests
{
    [TestMethod]
    public async Task RunAsync_WhenOneArticleASecondFor12Of20_PrintsALineEveryFiveSecondsWithRateAndTimeLeft()
    {
        var time = new ManualTime();
        var log = new StringWriter();

        await new PlainProgress(log, time, TimeSpan.FromSeconds(5)).RunAsync(20, advance =>
        {
            for (var i = 0; i < 12; i++)
            {
                time.Advance(TimeSpan.FromSeconds(1));
                advance(1);
            }

            return Task.FromResult(0);
        });

        CollectionAssert.AreEqual(new[]
        {
            "checked 5/20 articles (25.0 %), 1.0 articles/s, about 15 seconds left",
            "checked 10/20 articles (50.0 %), 1.0 articles/s, about 10 seconds left",
        }, log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray());
    }

    [TestMethod]
    public async Task RunAsync_WhenTheRunIsShorterThanTheInterval_PrintsNothing()
    {
        var log = new StringWriter();

        await new PlainProgress(log, new ManualTime(), TimeSpan.FromSeconds(5)).RunAsync(3, advance =>
        {
            advance(3);
            return Task.FromResult(0);
        });

        Assert.AreEqual("", log.ToString());
    }
}

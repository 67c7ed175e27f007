using Spectre.Console.Testing;
using TranslationQA.Cli.Progress;

namespace TranslationQA.Cli.Tests.Progress;

[TestClass]
public sealed class LiveProgressTests
{
    [TestMethod]
    public async Task RunAsync_WhenInteractive_ShowsArticlesDoneOutOfTheTotalAndTheRate()
    {
        var console = new TestConsole().Interactive();

        var result = await new LiveProgress(console).RunAsync(3, async advance =>
        {
            for (var i = 0; i < 3; i++)
            {
                await Task.Delay(20);
                advance(1);
            }

            return 42;
        });

        Assert.AreEqual(42, result);
        StringAssert.Contains(console.Output, "3/3");
        StringAssert.Contains(console.Output, "articles/s");
    }

    [TestMethod]
    public void WriteLine_WhenLongerThanTheTerminal_StaysOneLine()
    {
        var console = new TestConsole().Width(40);
        var line = "fixtures/a/target.de.txt(4,35): error TQA002: critical: " + new string('x', 100) + " [a]";

        new ConsoleLineWriter(console).WriteLine(line);

        Assert.AreEqual(line + "\n", console.Output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}

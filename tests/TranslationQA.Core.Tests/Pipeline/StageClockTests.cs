using TranslationQA.Core.Pipeline;

namespace TranslationQA.Core.Tests.Pipeline;

[TestClass]
public sealed class StageClockTests
{
    [TestMethod]
    public void Stages_AfterWorkInTwoStages_ListsEachWithItsTimeAndAllocationLongestFirst()
    {
        var clock = new StageClock();

        var start = StageClock.Start();
        var kept = new byte[1 << 20];
        Thread.Sleep(30);
        clock.Add("slow", start);
        clock.Add("slow", StageClock.Start());
        clock.Add("quick", StageClock.Start());

        var stages = clock.Stages;
        Assert.HasCount(2, stages);
        Assert.AreEqual("slow", stages[0].Stage);
        Assert.IsGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(25), stages[0].Time);
        Assert.IsGreaterThanOrEqualTo((long)kept.Length, stages[0].Allocated);
        Assert.AreEqual("quick", stages[1].Stage);
        Assert.IsLessThan(stages[0].Time, stages[1].Time);
    }
}

using TranslationQA.Reporting.Streaming;

namespace TranslationQA.Reporting.Tests.Streaming;

[TestClass]
public sealed class BoundedTopTests
{
    [TestMethod]
    [DataRow(1)]
    [DataRow(7)]
    [DataRow(50)]
    public void Sorted_WhenManyMoreItemsThanItKeeps_ReturnsTheFirstOnesOfTheFullOrder(int capacity)
    {
        var random = new Random(11);
        var items = Enumerable.Range(0, 5_000).Select(i => (Key: random.Next(100), Position: i)).ToList();
        var top = new BoundedTop<(int Key, int Position)>(capacity, Comparer<(int Key, int Position)>.Default);

        items.ForEach(top.Add);

        CollectionAssert.AreEqual(items.Order().Take(capacity).ToArray(), top.Sorted().ToArray());
        Assert.AreEqual(5_000, top.Added);
    }

    [TestMethod]
    public void Sorted_WhenWeightsAreGiven_KeepsTheLeadingItemsThatFitTheBudgetAndOneMore()
    {
        var random = new Random(5);
        var items = Enumerable.Range(0, 20_000).Select(i => (Key: random.Next(1000), Position: i)).ToList();
        var top = new BoundedTop<(int Key, int Position)>(int.MaxValue, Comparer<(int Key, int Position)>.Default, _ => 10, budget: 1_000);

        items.ForEach(top.Add);

        CollectionAssert.AreEqual(items.Order().Take(101).ToArray(), top.Sorted().ToArray());
    }
}

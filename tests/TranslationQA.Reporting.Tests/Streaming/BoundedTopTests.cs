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
}

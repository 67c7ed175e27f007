using TranslationQA.Translation.Http;

namespace TranslationQA.Translation.Tests.Http;

[TestClass]
public sealed class RequestPackerTests
{
    [TestMethod]
    [DataRow(2500, 100, 1000, 50_000, 5)]
    [DataRow(2500, 10, 1000, 50_000, 3)]
    [DataRow(7, 30, 3, 1000, 3)]
    [DataRow(0, 10, 1000, 50_000, 0)]
    public void Pack_WhenUniformItems_ReachesTheLowerBound(int count, int length, int maxElements, int maxChars, int expected)
    {
        var batches = RequestPacker.Pack([.. Enumerable.Repeat(length, count)], maxElements, maxChars);

        Assert.HasCount(expected, batches);
        Assert.AreEqual(count, batches.Sum(b => b.Count));
        Assert.IsTrue(batches.All(b => b.Count <= maxElements && b.Count * length <= maxChars));
    }

    [TestMethod]
    public void Pack_WhenItemTooLong_Throws()
    {
        Assert.ThrowsExactly<ArgumentException>(() => RequestPacker.Pack([11], 10, 10));
    }
}

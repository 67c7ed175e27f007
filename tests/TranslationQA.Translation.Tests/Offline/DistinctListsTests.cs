using TranslationQA.Translation.Offline;

namespace TranslationQA.Translation.Tests.Offline;

[TestClass]
public sealed class DistinctListsTests
{
    [TestMethod]
    public void Build_WhenValuesRepeatAcrossKeys_KeepsEachKeysFirstOrderWithoutDuplicates()
    {
        var lists = new DistinctLists(maxValues: 10);
        lists.Add("call", "Anruf");
        lists.Add("ring", "Anruf");
        lists.Add("call", "Ruf");
        lists.Add("call", "Anruf");
        lists.Add("ring", "Ring");

        var built = lists.Build();

        CollectionAssert.AreEqual(new[] { "call", "ring" }, built.Keys.ToArray());
        CollectionAssert.AreEqual(new[] { "Anruf", "Ruf" }, built["call"]);
        CollectionAssert.AreEqual(new[] { "Anruf", "Ring" }, built["ring"]);
    }

    [TestMethod]
    public void Build_WhenMoreValuesThanTheCap_KeepsTheFirstOnes()
    {
        var lists = new DistinctLists(maxValues: 2);
        foreach (var value in new[] { "a", "b", "c", "a" })
        {
            lists.Add("key", value);
        }

        CollectionAssert.AreEqual(new[] { "a", "b" }, lists.Build()["key"]);
    }

    [TestMethod]
    public void Build_WhenManyKeys_KeepsEveryKeysValues()
    {
        // More values than the shared array starts with, so it grows while chains run through it.
        var lists = new DistinctLists(maxValues: 5);
        for (var i = 0; i < 3000; i++)
        {
            lists.Add($"k{i % 700}", $"v{i}");
        }

        var built = lists.Build();

        Assert.HasCount(700, built);
        CollectionAssert.AreEqual(new[] { "v3", "v703", "v1403", "v2103", "v2803" }, built["k3"]);
    }
}

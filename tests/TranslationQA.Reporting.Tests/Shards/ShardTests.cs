using TranslationQA.Reporting.Shards;

namespace TranslationQA.Reporting.Tests.Shards;

[TestClass]
public sealed class ShardTests
{
    [TestMethod]
    [DataRow("1/3", 1, 3)]
    [DataRow("3/3", 3, 3)]
    [DataRow("1/1", 1, 1)]
    public void Parse_WhenKOfN_ReturnsTheShard(string text, int index, int count) =>
        Assert.AreEqual(new Shard(index, count), Shard.Parse(text, out _));

    [TestMethod]
    [DataRow("0/3")]
    [DataRow("4/3")]
    [DataRow("1/0")]
    [DataRow("-1/3")]
    [DataRow("1/3/5")]
    [DataRow("a/b")]
    public void Parse_WhenNotKOfN_ReturnsNullAndSaysWhatIsExpected(string text)
    {
        Assert.IsNull(Shard.Parse(text, out var error));
        StringAssert.Contains(error, "expected K/N with 1 <= K <= N");
    }

    [TestMethod]
    public void Contains_WhenThousandIdsSplitInThree_PutsEachInExactlyOneShardAndNoShardIsNearlyEmpty()
    {
        var ids = Enumerable.Range(0, 1000).Select(i => $"article-{i:D4}").ToList();
        var shards = Enumerable.Range(1, 3).Select(k => new Shard(k, 3)).ToList();

        var sizes = shards.Select(s => ids.Count(s.Contains)).ToList();

        Assert.IsTrue(ids.All(id => shards.Count(s => s.Contains(id)) == 1));
        Assert.IsTrue(sizes.All(n => n is > 250 and < 420), string.Join(", ", sizes));
    }

    [TestMethod]
    public void Of_WhenAnArticleIsAdded_MovesNoOtherArticle()
    {
        var before = Enumerable.Range(0, 200).ToDictionary(i => $"a{i}", i => Shard.Of($"a{i}", 4));

        var after = Enumerable.Range(0, 201).ToDictionary(i => $"a{i}", i => Shard.Of($"a{i}", 4));

        Assert.IsTrue(before.All(b => after[b.Key] == b.Value));
    }
}

using TranslationQA.Translation.Offline;

namespace TranslationQA.Translation.Tests.Offline;

[TestClass]
public sealed class LexiconCacheTests
{
    [TestMethod]
    public async Task LoadAsync_WhenLoadedTwice_SecondLoadReadsCache()
    {
        using var data = new OfflineTestData();

        var first = await OfflineBackTranslator.LoadAsync(data.Options, CancellationToken.None);
        var second = await OfflineBackTranslator.LoadAsync(data.Options, CancellationToken.None);

        Assert.IsFalse(first.LoadedFromCache);
        Assert.IsTrue(second.LoadedFromCache);
        Assert.AreEqual("call", second.Gloss("Anruf", "en").Words[0].Gloss);
        Assert.AreEqual("appel", second.Gloss("Anruf", "fr").Words[0].Gloss);
    }

    [TestMethod]
    public async Task LoadAsync_WhenSourceSizeChanged_RebuildsWithNewData()
    {
        using var data = new OfflineTestData();
        await OfflineBackTranslator.LoadAsync(data.Options, CancellationToken.None);
        File.AppendAllText(data.Options.DingPath, "\nKanzler {m} :: chancellor\n");

        var reloaded = await OfflineBackTranslator.LoadAsync(data.Options, CancellationToken.None);

        Assert.IsFalse(reloaded.LoadedFromCache);
        Assert.AreEqual("chancellor", reloaded.Gloss("Kanzler", "en").Words[0].Gloss);
    }

    [TestMethod]
    public async Task LoadAsync_WhenOnlyModificationTimeChanged_Rebuilds()
    {
        using var data = new OfflineTestData();
        await OfflineBackTranslator.LoadAsync(data.Options, CancellationToken.None);
        File.SetLastWriteTimeUtc(data.Options.WordNetCountsPath, DateTime.UtcNow.AddHours(-3));

        var reloaded = await OfflineBackTranslator.LoadAsync(data.Options, CancellationToken.None);

        Assert.IsFalse(reloaded.LoadedFromCache);
    }

    [TestMethod]
    public async Task LoadAsync_WhenCacheFileCorrupt_RebuildsInsteadOfFailing()
    {
        using var data = new OfflineTestData();
        await OfflineBackTranslator.LoadAsync(data.Options, CancellationToken.None);
        var path = LexiconCache.FilePath(data.Options.CacheDirectory!);
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..200]);

        var reloaded = await OfflineBackTranslator.LoadAsync(data.Options, CancellationToken.None);

        Assert.IsFalse(reloaded.LoadedFromCache);
        Assert.AreEqual("call", reloaded.Gloss("Anruf", "en").Words[0].Gloss);
    }
}

using TranslationQA.Core.BackTranslation;
using TranslationQA.Core.Model;
using TranslationQA.Translation.Caching;

namespace TranslationQA.Translation.Tests.Caching;

[TestClass]
public sealed class SqliteTranslationCacheTests
{
    [TestMethod]
    public async Task PutManyAsync_WhenReopened_RoundTripsGlossesAsJson()
    {
        using var file = new TempCacheFile();
        var value = new SentenceBackTranslation("The house", [new WordGloss(4, 4, "Haus", TokenKind.Word, "house", ["house"], "Haus")]);
        using (var cache = SqliteTranslationCache.Open(file.Path))
        {
            await cache.PutManyAsync([("k1", "azure", value)], CancellationToken.None);
        }

        using var reopened = SqliteTranslationCache.Open(file.Path);
        var found = await reopened.GetManyAsync(["k1", "k2"], CancellationToken.None);

        Assert.HasCount(1, found);
        Assert.AreEqual(value.Text, found["k1"].Text);
        Assert.AreEqual(value.Words[0] with { Glosses = found["k1"].Words[0].Glosses }, found["k1"].Words[0]);
        CollectionAssert.AreEqual(new[] { "house" }, found["k1"].Words[0].Glosses.ToArray());
    }

    [TestMethod]
    public void Open_WhenFileIsNotSqlite_ThrowsEngineExceptionNamingFile()
    {
        using var file = new TempCacheFile();
        Directory.CreateDirectory(Path.GetDirectoryName(file.Path)!);
        File.WriteAllText(file.Path, "this is not a database, just text that is long enough to have a header...");

        var ex = Assert.ThrowsExactly<EngineException>(() => SqliteTranslationCache.Open(file.Path));

        StringAssert.Contains(ex.Message, file.Path);
    }

    [TestMethod]
    public void Compute_WhenAnyPartDiffers_GivesDifferentKeys()
    {
        var baseKey = CacheKey.Compute("azure", "https://x|3.0", "de", "en", "Text");

        Assert.AreEqual(baseKey, CacheKey.Compute("azure", "https://x|3.0", "de", "en", "Text"));
        Assert.AreNotEqual(baseKey, CacheKey.Compute("azure", "https://y|3.0", "de", "en", "Text"));
        Assert.AreNotEqual(baseKey, CacheKey.Compute("azure", "https://x|3.0", "de", "fr", "Text"));
        Assert.AreNotEqual(baseKey, CacheKey.Compute("libretranslate", "https://x|3.0", "de", "en", "Text"));
        Assert.AreNotEqual(baseKey, CacheKey.Compute("azure", "https://x|3.0", "de", "en", "Text "));
    }

    [TestMethod]
    [DataRow("/tmp/xdg", "/tmp/xdg/translationqa/translations.sqlite")]
    [DataRow(null, null)]
    public void DefaultPath_WhenXdgCacheHomeSet_UsesIt(string? xdg, string? expected)
    {
        var path = CachePaths.DefaultPath(name => name == "XDG_CACHE_HOME" ? xdg : null);

        var home = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        Assert.AreEqual(expected ?? Path.Combine(home, "translationqa", "translations.sqlite"), path);
    }
}

using TranslationQA.Translation.Offline;

namespace TranslationQA.Translation.Tests.Offline;

[TestClass]
public sealed class PackedMapTests
{
    private static readonly IReadOnlyList<(string Path, long Size, long Ticks)> Stamps = [("/usr/share/trans/de-en", 123, 456)];

    [TestMethod]
    public void Unpack_OfPackedData_GivesEveryEntryWithItsValuesInOrder()
    {
        var data = Sample();

        var unpacked = LexiconCache.Unpack(LexiconCache.Pack(Stamps, data), Stamps);

        Assert.IsNotNull(unpacked);
        AssertSameMap(data.English, unpacked.English);
        AssertSameMap(data.French, unpacked.French);
        AssertSameMap(data.Reverse, unpacked.Reverse);
        AssertSameMap(data.Lemmas, unpacked.Lemmas);
        AssertSameMap(data.Particles, unpacked.Particles);
        AssertSameMap(data.Phrases, unpacked.Phrases);
        AssertSameMap(data.VerbPhrases, unpacked.VerbPhrases);
    }

    [TestMethod]
    public void TryGetValue_WhenKeyIsAbsentOrDiffersOnlyInCaseOrForm_FindsNothing()
    {
        var map = LexiconCache.Unpack(LexiconCache.Pack(Stamps, Sample()), Stamps)!.English;

        Assert.IsFalse(map.ContainsKey("anruf"));
        Assert.IsFalse(map.ContainsKey("Anrufe"));
        Assert.IsFalse(map.ContainsKey("Grösse"));
        Assert.IsFalse(map.ContainsKey(string.Empty));
        Assert.IsFalse(map.TryGetValue("Größ", out _));
        Assert.ThrowsExactly<KeyNotFoundException>(() => map["Unbekannt"]);
    }

    [TestMethod]
    public void TryGetValue_WhenAskedTwiceFromSeveralThreads_GivesTheSameArray()
    {
        var map = LexiconCache.Unpack(LexiconCache.Pack(Stamps, Sample()), Stamps)!.English;

        var arrays = Enumerable.Range(0, 64).AsParallel().Select(_ => map["Anruf"]).Distinct().ToList();

        Assert.HasCount(1, arrays);
        CollectionAssert.AreEqual(new[] { "call", "phone call" }, arrays[0]);
    }

    [TestMethod]
    public void Unpack_WhenOneByteOfTheTablesChanged_RefusesTheFile()
    {
        var bytes = LexiconCache.Pack(Stamps, Sample());
        bytes[^3] ^= 0x20;

        Assert.IsNull(LexiconCache.Unpack(bytes, Stamps));
    }

    [TestMethod]
    public void Unpack_WhenCutShortOrForOtherSources_RefusesTheFile()
    {
        var bytes = LexiconCache.Pack(Stamps, Sample());

        Assert.IsNull(LexiconCache.Unpack(bytes[..^1], Stamps));
        Assert.IsNull(LexiconCache.Unpack(bytes[..40], Stamps));
        Assert.IsNull(LexiconCache.Unpack(bytes, [("/usr/share/trans/de-en", 123, 457)]));
    }

    private static LexiconData Sample()
    {
        // Keys past ASCII, a key longer than the stack buffer, values shared between entries, an entry without values,
        // and enough entries that the probe sequences collide.
        var english = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["Anruf"] = ["call", "phone call"],
            ["Größe"] = ["size", "greatness"],
            ["Straße"] = ["street"],
            ["Ölpreis"] = ["oil price"],
            ["leer"] = [],
            [new string('W', 700) + "ö"] = ["a long word"],
        };
        for (var i = 0; i < 500; i++)
        {
            english[$"Wort{i}"] = [$"word {i}", "call"];
        }

        return new LexiconData(
            english,
            new Dictionary<string, string[]> { ["Anruf"] = ["appel"], ["Straße"] = ["rue"] },
            new Dictionary<string, string[]> { ["call"] = ["Anruf", "Berufung"] },
            new Dictionary<string, string[]> { ["Anrufe"] = ["Anruf"] },
            new Dictionary<string, string[]> { ["ab"] = ["abziehen", "abbauen"] },
            new Dictionary<string, string[]> { ["vor kurz"] = ["recently"] },
            new Dictionary<string, string[]>());
    }

    private static void AssertSameMap(IReadOnlyDictionary<string, string[]> expected, IReadOnlyDictionary<string, string[]> actual)
    {
        Assert.AreEqual(expected.Count, actual.Count);
        CollectionAssert.AreEquivalent(expected.Keys.ToList(), actual.Keys.ToList());
        foreach (var (key, values) in expected)
        {
            Assert.IsTrue(actual.TryGetValue(key, out var found), key);
            CollectionAssert.AreEqual(values, found, key);
        }
    }
}

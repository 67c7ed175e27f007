using TranslationQA.Translation.Offline;
using TranslationQA.Translation.Offline.Hunspell;

namespace TranslationQA.Translation.Tests.Offline;

[TestClass]
public sealed class CompoundSplitterTests
{
    private static OfflineTestData _data = null!;
    private static WordLookup _lookup = null!;

    [ClassInitialize]
    public static void Init(TestContext context)
    {
        _ = context;
        _data = new OfflineTestData();
        var lexicon = LexiconData.Build(_data.Options);
        var stemmer = HunspellStemmer.Load(_data.Options.HunspellAffPath, _data.Options.HunspellDicPath);
        _lookup = new WordLookup(lexicon.English, lexicon.Lemmas, stemmer, french: false);
    }

    [ClassCleanup]
    public static void Cleanup() => _data.Dispose();

    [TestMethod]
    [DataRow("Berufungsverfahren", "Berufung+s+Verfahren")]
    [DataRow("Telefoninterview", "Telefon+Interview")]
    [DataRow("Truppenaufmarsch", "Truppe+n+Aufmarsch")]
    [DataRow("Sperrregeln", "sperren+Regel")]
    public void Compound_WhenKnownParts_ReturnsAnalysisWithLinkingElements(string word, string lemma) =>
        Assert.AreEqual(lemma, _lookup.Compound(word)?.Lemma);

    [TestMethod]
    public void Compound_WhenBerufungsverfahren_GlossIsBuiltFromModifierAndHead()
    {
        var result = _lookup.Compound("Berufungsverfahren")!;

        // The appeal sense outranks "vocation" ([psych.] label, lower WordNet count).
        Assert.AreEqual("appeal proceedings", result.Glosses[0]);
        CollectionAssert.Contains(result.Glosses.ToList(), "appeal procedure");
    }

    [TestMethod]
    [DataRow("Washington")]
    [DataRow("Selenskyj")]
    [DataRow("Telefon")]
    public void Compound_WhenNoTwoKnownParts_ReturnsNull(string word) => Assert.IsNull(_lookup.Compound(word));

    [TestMethod]
    public void Split_WhenTwoAnalysesHaveEqualParts_PrefersLongerModifier()
    {
        var known = new HashSet<string>(StringComparer.Ordinal) { "Trupp", "Truppe", "Aufmarsch" };
        string? Resolve(string s)
        {
            var cap = char.ToUpperInvariant(s[0]) + s[1..];
            return known.Contains(cap) ? cap : null;
        }

        var parts = new CompoundSplitter(Resolve, Resolve).Split("truppenaufmarsch")!;

        Assert.AreEqual("Truppe", parts[0].Lemma);
        Assert.AreEqual("n", parts[0].Linker);
    }
}

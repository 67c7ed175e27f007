using TranslationQA.Core.BackTranslation;
using TranslationQA.Translation.Offline;
using TranslationQA.Translation.Offline.Hunspell;

namespace TranslationQA.Translation.Tests.Offline.Hunspell;

/// <summary>Affix and compound acceptance on a small dictionary written for the test, in de_DE's scheme.</summary>
[TestClass]
public sealed class HunspellSpellerTests
{
    private const string Aff = """
        SET UTF-8
        TRY esianrtolcdugmphbfkwzäöüß
        COMPOUNDBEGIN x
        COMPOUNDMIDDLE y
        COMPOUNDEND z
        ONLYINCOMPOUND o
        NEEDAFFIX h
        FORBIDDENWORD d
        COMPOUNDPERMITFLAG c
        KEEPCASE w
        COMPOUNDMIN 2
        REP 1
        REP ß ss

        PFX U Y 1
        PFX U   0     un     .

        SFX N Y 2
        SFX N   0     n      e
        SFX N   0     en     [^e]

        SFX A Y 2
        SFX A   0     e      .
        SFX A   0     en     .

        SFX j Y 1
        SFX j   0     0/xoc  .

        SFX T Y 1
        SFX T   0     es     .

        SFX k N 1
        SFX k   0     0/yoc  .
        """;

    private const string Dic = """
        17
        Brücke/N
        Minister
        Bund/T
        Quarantäne/N
        Zeit/N
        um
        zu
        weg
        schlugen
        locken
        klar/AU
        Bundes/hj
        verkehrs/hk
        minister/Noz
        Maß/j
        nahme/Noz
        Fluß/d
        iPhone/w
        """;

    private static readonly Lazy<(string Root, HunspellSpeller Speller)> Data = new(() =>
    {
        var root = Directory.CreateTempSubdirectory("tqa-hunspell-").FullName;
        File.WriteAllText(Path.Combine(root, "t.aff"), Aff.Replace("\r", string.Empty, StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(root, "t.dic"), Dic.Replace("\r", string.Empty, StringComparison.Ordinal));
        return (root, new HunspellSpeller(HunspellData.Load(Path.Combine(root, "t.aff"), Path.Combine(root, "t.dic"))));
    });

    private static HunspellSpeller Speller => Data.Value.Speller;

    [ClassCleanup]
    public static void Cleanup()
    {
        if (Data.IsValueCreated)
        {
            Directory.Delete(Data.Value.Root, recursive: true);
        }
    }

    [TestMethod]
    [DataRow("Brücke", DisplayName = "root")]
    [DataRow("Brücken", DisplayName = "suffix whose condition holds")]
    [DataRow("klaren", DisplayName = "suffix")]
    [DataRow("unklaren", DisplayName = "prefix and suffix (cross product)")]
    [DataRow("Unklar", DisplayName = "capitalised lower-case word")]
    [DataRow("Bundesminister", DisplayName = "begin + end")]
    [DataRow("Bundesverkehrsminister", DisplayName = "begin + middle + end")]
    [DataRow("Maßnahmen", DisplayName = "suffix on the end part")]
    [DataRow("Quarantänezeiten", DisplayName = "free compound of nouns without compound flags")]
    [DataRow("umschlugen", DisplayName = "particle and verb")]
    [DataRow("wegzulocken", DisplayName = "zu-infinitive with particle")]
    public void IsCorrect_WhenAffixOrCompoundRulesAllowIt_Accepts(string word) => Assert.IsTrue(Speller.IsCorrect(word), word);

    [TestMethod]
    [DataRow("Brüken", DisplayName = "unknown root")]
    [DataRow("Brückeen", DisplayName = "suffix whose condition fails")]
    [DataRow("Brückee", DisplayName = "suffix the root's flags do not allow")]
    [DataRow("verkehrs", DisplayName = "NEEDAFFIX root alone")]
    [DataRow("minister", DisplayName = "ONLYINCOMPOUND word alone")]
    [DataRow("Verkehrsminister", DisplayName = "middle part at the start")]
    [DataRow("Bundesverkehrs", DisplayName = "no end part")]
    [DataRow("Quarantänebrüken", DisplayName = "free compound with a misspelt part")]
    [DataRow("Fluß", DisplayName = "FORBIDDENWORD")]
    [DataRow("unklarn", DisplayName = "suffix that does not exist")]
    [DataRow("IPhone", DisplayName = "KEEPCASE word in another case")]
    public void IsCorrect_WhenNoRuleAllowsIt_Rejects(string word) => Assert.IsFalse(Speller.IsCorrect(word), word);

    [TestMethod]
    [DataRow("Brüken", "Brücken")]
    [DataRow("Bundesminster", "Bundesminister", DisplayName = "typo inside the head of a compound")]
    [DataRow("Quarantänebrüken", "Quarantänebrücken", DisplayName = "typo inside a free compound")]
    public void Suggest_WhenOneEditAway_OffersTheWord(string word, string expected) =>
        Assert.AreEqual(expected, Speller.Suggest(word, 3).FirstOrDefault());

    [TestMethod]
    public void Suggest_WhenNothingNear_OffersNothing() => Assert.IsEmpty(Speller.Suggest("Xylophonwerk", 3));

    [TestMethod]
    public void Load_WhenAnAffixConditionIsMalformed_NamesTheFileAndLine()
    {
        var root = Directory.CreateTempSubdirectory("tqa-hunspell-bad-").FullName;
        try
        {
            var (aff, dic) = (Path.Combine(root, "bad.aff"), Path.Combine(root, "bad.dic"));
            File.WriteAllText(aff, "SET UTF-8\nSFX A Y 1\nSFX A 0 e [^e\n");
            File.WriteAllText(dic, "1\nWort/A\n");

            var error = Assert.ThrowsExactly<EngineException>(() =>
                GermanSpelling.Load(OfflineEngineOptions.Default with { HunspellAffPath = aff, HunspellDicPath = dic }));

            StringAssert.Contains(error.Message, $"{aff}, line 3");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [TestMethod]
    public void Load_WhenTheDictionaryIsMissing_NamesItsPackage()
    {
        var error = Assert.ThrowsExactly<EngineException>(() =>
            GermanSpelling.Load(OfflineEngineOptions.Default with { HunspellDicPath = "/nonexistent/de_DE.dic" }));

        StringAssert.Contains(error.Message, "hunspell-de-de");
    }
}

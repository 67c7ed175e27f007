using TranslationQA.Core.Model;
using TranslationQA.Translation.Offline;

namespace TranslationQA.Translation.Tests.Offline;

/// <summary>Runs the engine on the real Debian dictionaries (eng/install-deps.sh) and the seed fixtures.</summary>
[TestClass]
public sealed class OfflineDebianIntegrationTests
{
    // Floors just under the measured coverage (en 99.29 %, fr 98.92 % of non-name word tokens); never lower them.
    private const double EnglishFloor = 0.99;
    private const double FrenchFloor = 0.985;
    private static OfflineBackTranslator? _engine;

    [ClassInitialize]
    public static async Task Init(TestContext context)
    {
        if (!File.Exists(OfflineEngineOptions.Default.DingPath))
        {
            return;
        }

        var options = OfflineEngineOptions.Default with { CacheDirectory = Path.Combine(Path.GetTempPath(), "translationqa-test-cache") };
        _engine = await OfflineBackTranslator.LoadAsync(options, context.CancellationToken);
    }

    [TestMethod]
    [DataRow("Anruf", "call")]
    [DataRow("Außenminister", "foreign minister")]
    public void EnglishGlosses_WhenCommonWord_RanksCommonSenseFirst(string german, string expected) =>
        Assert.AreEqual(expected, Engine.EnglishGlosses(german)[0]);

    [TestMethod]
    public void Gloss_WhenBerufungsverfahren_GlossesCoverAppeal()
    {
        var word = Engine.Gloss("Das Berufungsverfahren", "en").Words[1];

        Assert.IsTrue(word.Glosses.Any(g => g.Split(' ').Contains("appeal")), string.Join(" | ", word.Glosses));
    }

    [TestMethod]
    [DataRow("Telefoninterview", "Telefon+Interview")]
    [DataRow("Truppenaufmarsch", "Truppe+n+Aufmarsch")]
    public void Gloss_WhenCompoundNotInDing_SplitsIt(string word, string lemma) =>
        Assert.AreEqual(lemma, Engine.Gloss(word, "en").Words[0].Lemma);

    [TestMethod]
    [DataRow("Selenskyj")]
    [DataRow("Lawrow")]
    public void Gloss_WhenUnknownCapitalisedWord_IsNamePassedThrough(string name)
    {
        var word = Engine.Gloss($"Der Präsident {name} sprach.", "en").Words[2];

        Assert.AreEqual(TokenKind.Name, word.Kind);
        Assert.AreEqual(name, word.Gloss);
    }

    [TestMethod]
    public void GermanCandidates_WhenAppeal_IncludesBerufung() =>
        CollectionAssert.Contains(Engine.GermanCandidates("appeal").ToList(), "Berufung");

    [TestMethod]
    [DataRow("en", EnglishFloor)]
    [DataRow("fr", FrenchFloor)]
    public async Task TranslateAsync_OnSeedFixtures_GlossesWordTokensAboveFloor(string lang, double floor)
    {
        var (words, names, glossed) = (0, 0, 0);
        foreach (var file in Directory.GetFiles(FixturesDir(), "target.de.txt", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(file).Where(l => l.Trim().Length > 0).ToList();
            foreach (var sentence in await Engine.TranslateAsync(lines, "de", lang, CancellationToken.None))
            {
                foreach (var w in sentence.Words.Where(w => w.Kind is not (TokenKind.Punctuation or TokenKind.Number)))
                {
                    words++;
                    names += w.Kind == TokenKind.Name ? 1 : 0;
                    glossed += w.Kind != TokenKind.Name && w.Gloss is not null ? 1 : 0;
                }
            }
        }

        var withoutNames = (double)glossed / (words - names);
        var withNames = (double)(glossed + names) / words;
        Console.WriteLine($"{lang}: words={words} names={names} glossed={glossed} withNames={withNames:P2} withoutNames={withoutNames:P2}");
        Assert.IsGreaterThanOrEqualTo(floor, withoutNames);
    }

    private static OfflineBackTranslator Engine =>
        _engine ?? throw new AssertInconclusiveException("Debian dictionaries missing: run eng/install-deps.sh");

    private static string FixturesDir()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TranslationQA.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "fixtures", "articles");
    }
}

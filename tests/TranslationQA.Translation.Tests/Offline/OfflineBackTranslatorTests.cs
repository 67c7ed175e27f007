using TranslationQA.Core.BackTranslation;
using TranslationQA.Core.Model;
using TranslationQA.Translation.Offline;

namespace TranslationQA.Translation.Tests.Offline;

[TestClass]
public sealed class OfflineBackTranslatorTests
{
    [TestMethod]
    public async Task TranslateAsync_WhenSentence_GlossesEveryTokenWithOffsetsAndKinds()
    {
        using var data = new OfflineTestData();
        var engine = new OfflineBackTranslator(data.Options);
        const string sentence = "Der Anruf mit Washington kam am 21. Januar 2022 um 11.00.";

        var result = (await engine.TranslateAsync([sentence], "de", "en", CancellationToken.None))[0];

        foreach (var w in result.Words)
        {
            Assert.AreEqual(w.Surface, sentence.Substring(w.Offset, w.Length));
        }

        var anruf = result.Words.Single(w => w.Surface == "Anruf");
        Assert.AreEqual(TokenKind.Word, anruf.Kind);
        Assert.AreEqual("call", anruf.Gloss);
        Assert.AreEqual(TokenKind.Function, result.Words[0].Kind);
        Assert.AreEqual(TokenKind.Name, result.Words.Single(w => w.Surface == "Washington").Kind);
        CollectionAssert.AreEqual(new[] { "21.", "2022", "11.00" }, result.Words.Where(w => w.Kind == TokenKind.Number).Select(w => w.Surface).ToArray());
        Assert.AreEqual(TokenKind.Punctuation, result.Words[^1].Kind);
        StringAssert.StartsWith(result.Text, "the call with Washington");
        StringAssert.EndsWith(result.Text, "11.00.");
    }

    [TestMethod]
    public async Task Stats_AfterTranslating_CountsGlossedCharactersAndNothingSent()
    {
        using var data = new OfflineTestData();
        var engine = new OfflineBackTranslator(data.Options);

        await engine.TranslateAsync(["Der Anruf kam.", "Das Telefonat."], "de", "en", CancellationToken.None);

        Assert.AreEqual(28, engine.Stats.CharactersTranslated);
        Assert.AreEqual(0, engine.Stats.CharactersSent);
        Assert.AreEqual(0, engine.Stats.Requests);
    }

    [TestMethod]
    public void Gloss_WhenCompound_ReturnsLemmaAnalysisAndCombinedGloss()
    {
        using var data = new OfflineTestData();
        var engine = new OfflineBackTranslator(data.Options);

        var word = engine.Gloss("Das Berufungsverfahren", "en").Words[1];

        Assert.AreEqual("Berufung+s+Verfahren", word.Lemma);
        Assert.AreEqual("appeal proceedings", word.Gloss);
    }

    [TestMethod]
    [DataRow("Truppen abzuziehen", "withdraw", "abziehen")]
    [DataRow("Nato-Truppen", "nato troops", "Nato-Truppen")]
    [DataRow("sie sprach", "spoke", "sprach")]
    [DataRow("russischen Truppen", "russian", "russisch")]
    public void Gloss_WhenInflectedZuInfinitiveOrHyphenated_FindsTheLemma(string sentence, string glossOfFirstContentWord, string lemma)
    {
        using var data = new OfflineTestData();
        var engine = new OfflineBackTranslator(data.Options);

        var words = engine.Gloss(sentence, "en").Words.Where(w => w.Kind == TokenKind.Word).ToList();

        Assert.IsTrue(words.Any(w => w.Lemma == lemma), string.Join(", ", words.Select(w => w.Lemma)));
        Assert.IsTrue(words.Any(w => w.Glosses.Contains(glossOfFirstContentWord)), string.Join(" | ", words.SelectMany(w => w.Glosses)));
    }

    [TestMethod]
    public void Gloss_WhenFrench_UsesFreeDictGlosses()
    {
        using var data = new OfflineTestData();
        var engine = new OfflineBackTranslator(data.Options);

        var result = engine.Gloss("Der neue Anruf", "fr");

        Assert.AreEqual("le nouveau appel", result.Text);
        CollectionAssert.Contains(result.Words[2].Glosses.ToList(), "appel téléphonique");
    }

    [TestMethod]
    public void GermanCandidates_WhenEnglishWord_ReturnsGermanHeadwords()
    {
        using var data = new OfflineTestData();
        var engine = new OfflineBackTranslator(data.Options);

        CollectionAssert.Contains(engine.GermanCandidates("appeal").ToList(), "Berufung");
        CollectionAssert.Contains(engine.GermanCandidates("Call").ToList(), "Anruf");
    }

    [TestMethod]
    public async Task LoadAsync_WhenDataFileMissing_ThrowsEngineExceptionNamingFileAndPackage()
    {
        using var data = new OfflineTestData();
        File.Delete(data.Options.HunspellAffPath);

        var ex = await Assert.ThrowsExactlyAsync<EngineException>(() => OfflineBackTranslator.LoadAsync(data.Options, CancellationToken.None));

        StringAssert.Contains(ex.Message, data.Options.HunspellAffPath);
        StringAssert.Contains(ex.Message, "hunspell-de-de");
        StringAssert.Contains(ex.Message, "eng/install-deps.sh");
    }

    [TestMethod]
    public async Task TranslateAsync_WhenTargetLanguageUnsupported_ThrowsEngineException()
    {
        using var data = new OfflineTestData();
        var engine = new OfflineBackTranslator(data.Options);

        await Assert.ThrowsExactlyAsync<EngineException>(() => engine.TranslateAsync(["Anruf"], "de", "es", CancellationToken.None));
    }

    [TestMethod]
    public async Task TranslateAsync_WhenNameFollowsFirstName_TreatsItAsNameInWholeBatch()
    {
        using var data = new OfflineTestData();
        var engine = new OfflineBackTranslator(data.Options);

        var result = await engine.TranslateAsync(["Antony Telefon sprach.", "Das Telefon von Telefon."], "de", "en", CancellationToken.None);

        Assert.AreEqual(TokenKind.Name, result[0].Words[1].Kind);
        Assert.AreEqual("Telefon", result[1].Words[3].Gloss);
    }
}

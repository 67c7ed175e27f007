using TranslationQA.Core.Model;
using TranslationQA.Translation.Azure;
using TranslationQA.Translation.Tests.TestServers;

namespace TranslationQA.Translation.Tests.Azure;

[TestClass]
public sealed class AzureBackTranslatorTests
{
    [TestMethod]
    public async Task TranslateAsync_WhenSentenceTranslated_ReturnsTextAndAlignedGlosses()
    {
        await using var server = await FakeTranslatorServer.StartAsync();
        var engine = new AzureBackTranslator(AzureTestOptions.For(server));

        var result = await engine.TranslateAsync(["Das Haus ist rot."], "de", "en", CancellationToken.None);

        Assert.HasCount(1, result);
        Assert.AreEqual("The house is red .", result[0].Text);
        var haus = result[0].Words.Single(w => w.Surface == "Haus");
        Assert.AreEqual(4, haus.Offset);
        Assert.AreEqual(4, haus.Length);
        Assert.AreEqual("house", haus.Gloss);
        CollectionAssert.AreEqual(new[] { "house" }, haus.Glosses.ToArray());
        Assert.AreEqual(TokenKind.Punctuation, result[0].Words.Last().Kind);
        Assert.AreEqual("azure", engine.Name);
        Assert.IsFalse(engine.IsLexicalGloss);
    }

    [TestMethod]
    [DataRow(2500, 100)]
    [DataRow(2500, 15)]
    [DataRow(1000, 50)]
    [DataRow(3, 10)]
    public async Task TranslateAsync_WhenManyDistinctSentences_SendsTheMinimumRequestsTheLimitsAllow(int count, int length)
    {
        await using var server = await FakeTranslatorServer.StartAsync();
        var engine = new AzureBackTranslator(AzureTestOptions.For(server));
        var sentences = Synthetic.Sentences(count, length);

        var result = await engine.TranslateAsync(sentences, "de", "en", CancellationToken.None);

        var characters = sentences.Sum(s => s.Length);
        var minimum = Math.Max((int)Math.Ceiling(characters / 50_000.0), (int)Math.Ceiling(count / 1000.0));
        Assert.HasCount(count, result);
        Assert.AreEqual(minimum, server.RequestCount);
        Assert.AreEqual(minimum, engine.Stats.Requests);
        Assert.AreEqual(characters, engine.Stats.CharactersSent);
        Assert.AreEqual(characters, engine.Stats.CharactersTranslated);
        for (var i = 0; i < count; i += Math.Max(1, count / 7))
        {
            // The fake renders unknown tokens unchanged, space-separated: order must survive the packing.
            Assert.AreEqual(sentences[i].Replace(" ", string.Empty, StringComparison.Ordinal), result[i].Text.Replace(" ", string.Empty, StringComparison.Ordinal));
        }
    }

    [TestMethod]
    public async Task TranslateAsync_WhenSentencesRepeat_SendsEachDistinctSentenceOnce()
    {
        await using var server = await FakeTranslatorServer.StartAsync();
        var engine = new AzureBackTranslator(AzureTestOptions.For(server));
        string[] sentences = ["Das Haus ist rot.", "Der Minister sagte heute.", "Das Haus ist rot.", "Das Haus ist rot."];

        var result = await engine.TranslateAsync(sentences, "de", "en", CancellationToken.None);

        var sent = server.TranslatedBatches.SelectMany(b => b).ToArray();
        CollectionAssert.AreEquivalent(new[] { "Das Haus ist rot.", "Der Minister sagte heute." }, sent);
        Assert.AreEqual("The house is red .", result[3].Text);
        Assert.AreEqual("The minister said today .", result[1].Text);
    }

    [TestMethod]
    public async Task TranslateAsync_WhenTextExceedsCharacterLimit_SplitsAtSentenceBoundariesAndRejoins()
    {
        await using var server = await FakeTranslatorServer.StartAsync();
        var engine = new AzureBackTranslator(AzureTestOptions.For(server));
        var text = string.Join(' ', Enumerable.Repeat("Der Minister sagte heute.", 5000)) + " Das Haus ist rot.";

        var result = await engine.TranslateAsync([text], "de", "en", CancellationToken.None);

        Assert.IsTrue(server.TranslatedBatches.SelectMany(b => b).All(piece => piece.TrimEnd().EndsWith('.')));
        Assert.AreEqual(text.Length, server.TranslatedBatches.SelectMany(b => b).Sum(p => p.Length));
        Assert.EndsWith("The house is red .", result[0].Text);
        var lastHaus = result[0].Words.Last(w => w.Surface == "Haus");
        Assert.AreEqual(text.LastIndexOf("Haus", StringComparison.Ordinal), lastHaus.Offset);
        Assert.AreEqual("house", lastHaus.Gloss);
    }

    [TestMethod]
    public async Task TranslateAsync_WhenSentencesBlank_SendsNothing()
    {
        await using var server = await FakeTranslatorServer.StartAsync();
        var engine = new AzureBackTranslator(AzureTestOptions.For(server));

        var result = await engine.TranslateAsync(["", "   "], "de", "en", CancellationToken.None);

        Assert.AreEqual(0, server.RequestCount);
        Assert.IsTrue(result.All(r => r.Text.Length == 0 && r.Words.Count == 0));
    }

    [TestMethod]
    public async Task TranslateAsync_WhenRegionConfigured_SendsRegionAndFreshTraceIdPerRequest()
    {
        await using var server = await FakeTranslatorServer.StartAsync(expectedRegion: "westeurope");
        var options = AzureTestOptions.For(server);
        options.MaxElementsPerRequest = 1;
        var engine = new AzureBackTranslator(options);

        await engine.TranslateAsync(["Das Haus ist rot.", "Der Minister sagte heute."], "de", "en", CancellationToken.None);

        Assert.AreEqual(2, server.TranslatedBatches.Count);
        var ids = server.TraceIds.ToArray();
        Assert.IsTrue(ids.All(id => Guid.TryParse(id, out _)));
        Assert.AreEqual(2, ids.Distinct().Count());
    }
}

using TranslationQA.Translation.Offline;
using static TranslationQA.Translation.Tests.Offline.DebianEngine;

namespace TranslationQA.Translation.Tests.Offline;

/// <summary>Separable verbs split over a clause or joined in a subordinate clause, on the Debian data.</summary>
[TestClass]
public sealed class SeparableVerbsIntegrationTests
{
    [TestMethod]
    [DataRow("Am Samstag bauten Arbeiter das Denkmal ab.", "bauten", "ab", "dismantle", "build")]
    [DataRow("Die Polizei nahm den Mann am Bahnhof fest, teilte sie mit.", "nahm", "fest", "arrest", "take")]
    [DataRow("Das Treffen fand gestern in Berlin statt.", "fand", "statt", "take place", "find")]
    public void Gloss_WhenParticleEndsTheClause_GivesBothWordsTheVerbsSensesFirst(string sentence, string verb, string particle, string sense, string own)
    {
        var verbSenses = Senses(sentence, verb).ToList();
        var particleSenses = Senses(sentence, particle).ToList();

        Assert.IsLessThan(verbSenses.IndexOf(own), verbSenses.IndexOf(sense), Show(verbSenses));
        Assert.IsGreaterThanOrEqualTo(0, verbSenses.IndexOf(sense), Show(verbSenses));
        CollectionAssert.Contains(particleSenses, sense);
    }

    [TestMethod]
    public void Gloss_WhenParticleIsAPrepositionWithItsObject_KeepsTheGlosses()
    {
        const string sentence = "Er wartet seit einer Stunde auf den Bus.";
        var alone = Engine.Gloss("auf", "en").Words[0].Glosses;

        CollectionAssert.AreEqual(alone.ToList(), Senses(sentence, "auf").ToList());
        CollectionAssert.AreEqual(Engine.Gloss("Er wartet.", "en").Words[1].Glosses.ToList(), Senses(sentence, "wartet").ToList());
    }

    [TestMethod]
    public void Gloss_WhenSeparableVerbJoinedInSubordinateClause_FindsTheVerb()
    {
        var word = Word("Sie sagte, dass die Polizei den Mann festnahm.", "festnahm");

        Assert.AreEqual("festnehmen", word.Lemma);
        CollectionAssert.Contains(word.Glosses.ToList(), "arrest");
    }

    [TestMethod]
    [DataRow("abbauen", "abgebaut", "ab")]
    [DataRow("aufgeben", "aufgegeben", "auf")]
    [DataRow("teilnehmen", "teilgenommen", "teil")]
    [DataRow("vergeben", "vergeben", null)]
    public void Particle_WhenParticipleHasGeAfterAPrefix_ReturnsThatPrefix(string verb, string participle, string? particle) =>
        Assert.AreEqual(particle, SeparableParticles.Particle(verb, participle));

    [TestMethod]
    public void BuildParticles_WhenRestIsNoVerbOfItsOwn_LeavesThePrefixOut()
    {
        var builder = new DingLexiconBuilder(OfflineTestData.EmptyWordNet());
        builder.AddLine("abbauen {vt} | abbauend | abgebaut :: to dismantle | dismantling | dismantled");
        builder.AddLine("bauen {vt} | bauend | gebaut :: to build | building | built");
        builder.AddLine("begegnen {vi} | begegnend | begegnet :: to meet | meeting | met");

        var particles = builder.BuildParticles();

        CollectionAssert.AreEqual(new[] { "ab" }, particles.Keys.ToArray());
        CollectionAssert.AreEqual(new[] { "abbauen" }, particles["ab"]);
    }
}

using TranslationQA.Core.Checks;
using TranslationQA.Core.Checks.Alignment;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Tests.Checks;

[TestClass]
public sealed class SentenceChecksTests
{
    [TestMethod]
    [DataRow("De minister zei dat de gesprekken volgende week doorgaan.", "Dutch")]
    [DataRow("The minister said that the talks would continue next week.", "English")]
    [DataRow("Le ministre a déclaré que les discussions se poursuivraient.", "French")]
    public void Untranslated_WhenSentenceNotGerman_Flags(string sentence, string language)
    {
        var analysis = new AnalysisBuilder("Der Minister reiste nach Paris.\n" + sentence).Build();

        var finding = new UntranslatedCheck().Run(analysis).Single();

        Assert.AreEqual(sentence, finding.TargetText);
        StringAssert.Contains(finding.Message, language);
    }

    [TestMethod]
    [DataRow("Der Westen befürchtet eine russische Invasion in der Ukraine.")]
    [DataRow("Weißes Haus warnt vor drohender Kriegsgefahr")]
    [DataRow("Biden sagte im Oval Office, die NATO sei bereit.")]
    [DataRow("Johnson reist nach Kiew")]
    public void Untranslated_WhenGerman_FindsNothing(string sentence) =>
        Assert.IsFalse(new UntranslatedCheck().Run(new AnalysisBuilder(sentence).Build()).Any());

    [TestMethod]
    public void Untranslated_WhenSourceWordsLeftInGerman_FlagsTheRun()
    {
        var analysis = new AnalysisBuilder("Die Opposition nannte die Kürzungen „short-sighted“ und online kaum vermittelbar.",
                "The opposition called the cuts \"short-sighted\" and hard to sell online.")
            .Gloss(0, "short-sighted", TokenKind.Unknown).Gloss(0, "online", TokenKind.Word, "online")
            .Gloss(0, "Opposition", TokenKind.Word, "opposition").PairOneToOne().Build();

        var finding = new UntranslatedCheck().Run(analysis).Single();

        Assert.AreEqual("short-sighted", finding.TargetText);
    }

    [TestMethod]
    [DataRow("Der Vertrag gilt bis 2027, bonus compris.", "Le contrat court jusqu'en 2027, bonus compris.", "bonus compris")]
    public void Untranslated_WhenNoGlossesAndTwoSourceWordsInARow_FlagsThem(string target, string source, string expected) =>
        Assert.AreEqual(expected, new UntranslatedCheck().Run(new AnalysisBuilder(target, source, "fr").PairOneToOne().Build()).Single().TargetText);

    [TestMethod]
    [DataRow("Das ist de facto ein Verbot.", "It is de facto a ban.", "facto")]
    [DataRow("Mehr auf www.example.org im Netz.", "More at www.example.org online.", "example")]
    [DataRow("Er verkaufte es auf eBay.", "He sold it on eBay.", "eBay")]
    public void Untranslated_WhenSingleUnquotedWordOrAddressOrBrand_FindsNothing(string target, string source, string word)
    {
        var analysis = new AnalysisBuilder(target, source).Gloss(0, word, TokenKind.Unknown).PairOneToOne().Build();

        Assert.IsFalse(new UntranslatedCheck().Run(analysis).Any());
    }

    [TestMethod]
    [DataRow("Das Spiel läuft live im Fernsehen.", "The game is shown live on television.")]
    [DataRow("Die Firma Brightwell ruft Geräte zurück.", "The company Brightwell recalls devices.")]
    public void Untranslated_WhenSingleSharedWordWithoutGlosses_FindsNothing(string target, string source) =>
        Assert.IsFalse(new UntranslatedCheck().Run(new AnalysisBuilder(target, source).PairOneToOne().Build()).Any());

    [TestMethod]
    public void Untranslated_WhenSourceCopied_Flags()
    {
        const string s = "The embassy said it would not back down.";
        var analysis = new AnalysisBuilder(s, s).PairOneToOne().Build();

        StringAssert.Contains(new UntranslatedCheck().Run(analysis).Single().Message, "copied");
    }

    [TestMethod]
    [DataRow("Russia will not invade.", "Russland wird einmarschieren.", "en", "Russland wird")]
    [DataRow("La Russie n'envahira pas l'Ukraine.", "Russland wird in die Ukraine einmarschieren.", "fr", "Russland")]
    [DataRow("Russia will invade.", "Russland wird nicht einmarschieren.", "en", "nicht")]
    [DataRow("Il ne viendra plus à Paris.", "Er wird nach Paris kommen.", "fr", "Er wird")]
    [DataRow("Exports reached a record.", "Die Exporte erreichten keinen Rekord wie erwartet.", "en", "keinen")]
    public void Negation_WhenOnOneSideOnly_Flags(string source, string target, string lang, string expectedStart)
    {
        var analysis = new AnalysisBuilder(target, source, lang).PairOneToOne().Build();

        StringAssert.StartsWith(new NegationCheck().Run(analysis).Single().TargetText, expectedStart);
    }

    [TestMethod]
    [DataRow("Russia will not invade.", "Russland wird nicht einmarschieren.", "en")]
    [DataRow("Il n'a parlé que de la paix.", "Er sprach nur über den Frieden.", "fr")]
    [DataRow("No Russian official threatened an invasion.", "Kein russischer Beamter drohte mit einer Invasion.", "en")]
    [DataRow("Exports reached the highest monthly volume since the war began.", "Die Exporte waren so hoch wie in keinem Monat seit Kriegsbeginn.", "en")]
    [DataRow("More runners started than ever before.", "So viele Läufer wie nie zuvor starteten.", "en")]
    [DataRow("The report is due no later than Friday.", "Der Bericht kommt spätestens am Freitag.", "en")]
    [DataRow("We are ready, no matter what.", "Wir sind bereit, egal was passiert.", "en")]
    [DataRow("Il viendra sans doute mardi.", "Er kommt wohl am Dienstag.", "fr")]
    [DataRow("Il n'a que trois ans, le plus jeune du groupe.", "Er ist erst drei Jahre alt, der Jüngste der Gruppe.", "fr")]
    [DataRow("Both Paris and Berlin agreed.", "Nicht nur Paris, sondern auch Berlin stimmte zu.", "en")]
    public void Negation_WhenBothSidesAgree_FindsNothing(string source, string target, string lang) =>
        Assert.IsFalse(new NegationCheck().Run(new AnalysisBuilder(target, source, lang).PairOneToOne().Build()).Any());

    [TestMethod]
    public void Garbled_WhenSentenceRunsIntoNext_Flags()
    {
        var analysis = new AnalysisBuilder("Ein Treffen der OSZE, deren Mitglied am 13. Januar ist Das sagte ein Sprecher am Montag.").Build();

        Assert.AreEqual("ist Das sagte", new GarbledSentenceCheck().Run(analysis).Single().TargetText);
    }

    [TestMethod]
    public void Garbled_WhenCapitalisedWordIsTitle_FindsNothing() =>
        Assert.IsFalse(new GarbledSentenceCheck().Run(new AnalysisBuilder("Er las gestern Die Zeit und den Spiegel. Sie sagte das.").Build()).Any());

    [TestMethod]
    public void Omission_WhenSourceSentenceUnaligned_MarksGapWithSource()
    {
        var analysis = new AnalysisBuilder("Erster Satz hier.\nDritter Satz hier.", "First sentence here.\nThe second sentence was dropped by the engine.\nThird sentence here.")
            .Pair([0], [0]).Pair([1], []).Pair([2], [1]).Build();

        var finding = new OmissionCheck().Run(analysis).Single();

        Assert.AreEqual(0, finding.Span.Length);
        Assert.AreEqual(2, finding.Span.Line);
        Assert.AreEqual(1, finding.SourceSentenceIndex);
        Assert.AreEqual(Severity.Major, finding.Severity);
    }

    [TestMethod]
    public void Addition_WhenAddedLineIsResidue_LeavesItToResidueCheck()
    {
        var analysis = new AnalysisBuilder("Erster Satz hier.\nSchreibe einen Kommentar\nDer Minister fügte einen ganz neuen Satz hinzu.", "First sentence here.")
            .Pair([0], [0]).Pair([], [1]).Pair([], [2]).Build();

        var finding = new AdditionCheck().Run(analysis).Single();

        Assert.AreEqual(3, finding.Span.Line);
    }
}

using TranslationQA.Core.Checks;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Tests.Checks;

/// <summary>Repeated paragraphs, sentence fragments, the capitalisation of time words and headline purpose clauses.</summary>
[TestClass]
public sealed class ParagraphChecksTests
{
    [TestMethod]
    public void RepeatedParagraph_WhenParagraphRepeats_FlagsTheRepeatOnly()
    {
        const string text = "Hochwasser: Pegel am Rhein steigt am Montag weiter\n\nHochwasser: Pegel am Rhein steigt am Montag weiter\n\nDer Pegel lag am Morgen bei 7,20 Metern.";

        var finding = new RepeatedParagraphCheck().Run(new AnalysisBuilder(text).Build()).Single();

        Assert.AreEqual(3, finding.Span.Line);
        Assert.AreEqual(Severity.Minor, finding.Severity);
        StringAssert.Contains(finding.Message, "line 1");
    }

    [TestMethod]
    [DataRow("Foto: dpa\nDer Pegel steigt.\nFoto: dpa")]
    [DataRow("Der Pegel steigt am Montag weiter.\nDer Pegel steigt am Dienstag weiter.")]
    [DataRow("Mehr zum Thema\nDer Pegel steigt.\nMehr zum Thema")]
    [DataRow("„Wir sind das Volk!“\nDie Menge rief immer wieder.\n„Wir sind das Volk!“")]
    public void RepeatedParagraph_WhenShortLabelsRepeatOrParagraphsDiffer_FindsNothing(string text) =>
        Assert.IsFalse(new RepeatedParagraphCheck().Run(new AnalysisBuilder(text).Build()).Any());

    [TestMethod]
    [DataRow("Die Ministerin sprach am Abend mit Journalisten. Mit Merz in Brüssel.", "Mit Merz in Brüssel.")]
    [DataRow("Der Zug hielt zwei Stunden auf offener Strecke. Nach dem Unwetter in Bayern.", "Nach dem Unwetter in Bayern.")]
    [DataRow("Die Preise steigen weiter, sagte er. Für Brot und Butter.", "Für Brot und Butter.")]
    public void SentenceFragment_WhenVerblessScrapFollowsASentence_FlagsIt(string text, string expected)
    {
        var finding = new SentenceFragmentCheck().Run(new AnalysisBuilder(text, segment: true).Build()).Single();

        Assert.AreEqual(expected, finding.TargetText);
    }

    [TestMethod]
    [DataRow("Mit Merz in Brüssel.\nDie Ministerin sprach mit Journalisten.")]
    [DataRow("Die Ministerin sprach mit Journalisten. Mit ihr reiste der Kanzler.")]
    [DataRow("Der Zug hielt an. Nach 20 Minuten.")]
    [DataRow("Der Pegel stieg. Am Abend sank er wieder.")]
    [DataRow("Der Pegel stieg stark. Auf der Brücke standen Schaulustige.")]
    [DataRow("Die Polizei suchte die ganze Nacht. Ohne Erfolg.")]
    [DataRow("Das sei übertrieben, hieß es. In der Tat.")]
    [DataRow("Der Zug hielt zwei Stunden auf offener Strecke. Nach dem Unwetter.")]
    public void SentenceFragment_WhenParagraphOfItsOwnOrFullSentence_FindsNothing(string text) =>
        Assert.IsFalse(new SentenceFragmentCheck().Run(new AnalysisBuilder(text, segment: true).Build()).Any());

    [TestMethod]
    [DataRow("Das Spiel findet später Abends statt.", "Abends")]
    [DataRow("Die Bibliothek ist nur Montags geöffnet.", "Montags")]
    [DataRow("Wir sprechen uns heute abend wieder.", "abend")]
    [DataRow("Der Minister war gestern nachmittag in Berlin.", "nachmittag")]
    public void TimeWordCase_WhenCapitalisationWrong_FlagsIt(string text, string expected)
    {
        var finding = new TimeWordCaseCheck().Run(new AnalysisBuilder(text).Build()).Single();

        Assert.AreEqual(expected, finding.TargetText);
    }

    [TestMethod]
    [DataRow("Abends ist das Museum geschlossen.")]
    [DataRow("Eines Abends klopfte es an der Tür.")]
    [DataRow("Die Bibliothek ist nur montags geöffnet.")]
    [DataRow("Wir sprechen uns heute Abend wieder, spätestens morgen früh.")]
    [DataRow("Bis morgen wird entschieden.")]
    [DataRow("Die Bilanz des gestrigen Abends fiel gemischt aus.")]
    [DataRow("Eines schönen Sonntags kam der Brief.")]
    [DataRow("MUSEUM AUCH ABENDS GEÖFFNET")]
    public void TimeWordCase_WhenCapitalisationRight_FindsNothing(string text) =>
        Assert.IsFalse(new TimeWordCaseCheck().Run(new AnalysisBuilder(text).Build()).Any());

    [TestMethod]
    [DataRow("Macron und Scholz, um über Zölle zu beraten\nDie beiden treffen sich am Montag.", "Macron, Scholz to discuss tariffs\nThe two will meet on Monday.", "um über Zölle zu beraten")]
    [DataRow("Apple, um neues iPhone vorzustellen\nDer Konzern lädt nach Cupertino.", "Apple to unveil new iPhone\nThe company invites to Cupertino.", "um neues iPhone vorzustellen")]
    public void HeadlineInfinitive_WhenHeadlineFutureBecamePurposeClause_FlagsIt(string target, string source, string expected)
    {
        var analysis = new AnalysisBuilder(target, source).PairOneToOne().Build();

        Assert.AreEqual(expected, new HeadlineInfinitiveCheck().Run(analysis).Single().TargetText);
    }

    [TestMethod]
    [DataRow("Scholz reist nach Paris, um über Zölle zu beraten\nDer Kanzler trifft Macron.", "Scholz travels to Paris to discuss tariffs\nThe chancellor meets Macron.")]
    [DataRow("Macron und Scholz beraten über Zölle\nDie beiden treffen sich, um zu reden.", "Macron, Scholz to discuss tariffs\nThe two meet to talk.")]
    public void HeadlineInfinitive_WhenHeadlineHasAVerbOrTheClauseIsInTheBody_FindsNothing(string target, string source) =>
        Assert.IsFalse(new HeadlineInfinitiveCheck().Run(new AnalysisBuilder(target, source).PairOneToOne().Build()).Any());
}

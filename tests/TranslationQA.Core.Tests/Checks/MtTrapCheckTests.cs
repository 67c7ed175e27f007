using TranslationQA.Core.Checks.Traps;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Tests.Checks;

[TestClass]
public sealed class MtTrapCheckTests
{
    [TestMethod]
    [DataRow("Biden wird Putin in einem Appell am Donnerstag einen Weg anbieten.", "Biden proposera à Poutine lors d'un appel jeudi une voie diplomatique. Les deux dirigeants vont s'entretenir par téléphone.", "fr", "Appell")]
    [DataRow("Der Aufruf kommt einen Tag nach der Sitzung.", "The call comes a day after the meeting. Blinken spoke by phone.", "en", "Aufruf")]
    [DataRow("Die USA planen eventuell neue Sanktionen.", "The US will eventually impose new sanctions.", "en", "eventuell")]
    [DataRow("Der Schaden beträgt zwei Billionen Dollar.", "The damage amounts to two billion dollars.", "en", "Billionen")]
    public void Run_WhenKnownTrapInContext_FlagsGermanWord(string target, string source, string lang, string expected)
    {
        var analysis = new AnalysisBuilder(target, source.Split(". ")[0], lang).PairOneToOne().Build() with
        {
            Article = new Article("t", lang, "de", source, target, "t"),
        };

        var finding = new MtTrapCheck().Run(analysis).Single();

        Assert.AreEqual(expected, finding.TargetText);
    }

    [TestMethod]
    public void Run_WhenAppealIsMeantInCourt_FindsNothing()
    {
        const string source = "The court rejected the call by the defence.";
        var analysis = new AnalysisBuilder("Das Gericht wies die Berufung der Verteidigung zurück.", source).PairOneToOne().Build();

        Assert.IsFalse(new MtTrapCheck().Run(analysis).Any());
    }

    [TestMethod]
    public void Run_WhenNoSourceAndTelefoninterviewBetweenLeaders_Flags()
    {
        var analysis = new AnalysisBuilder("Dies ist das zweite Telefoninterview zwischen Joe Biden und Wladimir Putin.").Build();

        Assert.AreEqual("Telefoninterview", new MtTrapCheck().Run(analysis).Single().TargetText);
    }

    [TestMethod]
    public void Run_WhenNoSourceAndTelefoninterviewWithJournalist_FindsNothing()
    {
        var analysis = new AnalysisBuilder("Er sagte in einem Telefoninterview mit dem Sender CNN, dass er zwischen zwei Terminen sei.").Build();

        Assert.IsFalse(new MtTrapCheck().Run(analysis).Any());
    }

    [TestMethod]
    public void Load_WhenExtraFileGiven_AddsItsTraps()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "# extra\nen\tgift\tgift\t-\t-\tsentence\tno\tmajor\t\"gift\" is a Geschenk.\n");
        try
        {
            var traps = TrapLexicon.Load(path);
            var analysis = new AnalysisBuilder("Das Gift kam per Post.", "The gift came by mail.").PairOneToOne().Build();

            Assert.AreEqual(TrapLexicon.Load(null).Count + 1, traps.Count);
            Assert.AreEqual("Gift", new MtTrapCheck(traps).Run(analysis).Single().TargetText);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestMethod]
    public void Parse_WhenRowMalformed_ThrowsFormatException() =>
        Assert.ThrowsExactly<FormatException>(() => TrapLexicon.Parse(["en\tgift\tgift"], "x.tsv"));
}

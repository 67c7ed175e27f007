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
    [DataRow("Streik: Schlag legt Werk lahm.", "Strike shuts plant. Union workers walked out over wages.", "en", "Schlag")]
    [DataRow("Die Pflanze in Ohio steht still.", "The plant in Ohio is idle. Car production has stopped.", "en", "Pflanze")]
    [DataRow("Der Hof wies die Klage ab.", "The court dismissed the case. The judge was clear.", "en", "Hof")]
    [DataRow("Er muss eine Feinheit von 500 Euro zahlen.", "He must pay a fine of 500 euros.", "en", "Feinheit")]
    [DataRow("Der Fluss trat über seine Banken.", "The river burst its banks.", "en", "Banken")]
    [DataRow("Die Behörde ließ die neue Droge für Patienten zu.", "The agency approved the new drug for patients.", "en", "Droge")]
    [DataRow("Die Avocado der Verteidigung forderte Freispruch.", "L'avocat de la défense a demandé la relaxe. Le procès reprend.", "fr", "Avocado")]
    [DataRow("Die Bibliothek feiert ihr Jubiläum.", "La librairie fête ses 50 ans.", "fr", "Bibliothek")]
    [DataRow("Das neue College wird gebaut.", "Le nouveau collège sera construit. Il accueillera 600 élèves.", "fr", "College")]
    [DataRow("Das Parkett forderte drei Jahre Haft.", "Le parquet a requis trois ans de prison.", "fr", "Parkett")]
    public void Run_WhenWrongSenseWithDecidingContext_FlagsGermanWord(string target, string source, string lang, string expected)
    {
        var analysis = new AnalysisBuilder(target, source.Split(". ")[0], lang).PairOneToOne().Build() with
        {
            Article = new Article("t", lang, "de", source, target, "t"),
        };

        var finding = new MtTrapCheck().Run(analysis).Single();

        Assert.AreEqual(expected, finding.TargetText);
        Assert.AreEqual(Severity.Critical, finding.Severity, "a major trap in the headline is critical");
    }

    [TestMethod]
    [DataRow("Der Luftschlag traf ein Depot. Ein Schlag gegen die Armee.", "The strike hit a depot. A military strike against the army.", "en")]
    [DataRow("Die Pflanze blüht im Garten.", "The plant flowers in the garden. Seeds were sown.", "en")]
    [DataRow("Wir hoffen auf ein faires Urteil des Gerichts.", "We hope the court gives a fair ruling.", "en")]
    [DataRow("Der Feind zahlte einen hohen Preis.", "The enemy paid a high price, fine.", "en")]
    [DataRow("Die Bank erhöhte die Zinsen für Kredite am Fluss.", "The bank raised interest on loans by the river.", "en")]
    [DataRow("Die Polizei fand Drogen bei dem Dealer.", "Police found drugs on the dealer, an illegal drug trade.", "en")]
    [DataRow("Die Bibliothek und die Buchhandlung öffnen.", "La bibliothèque et la librairie ouvrent.", "fr")]
    [DataRow("Der Ärmelkanal war stürmisch.", "La Manche était agitée.", "fr")]
    public void Run_WhenRightSenseOrNoDecidingContext_FindsNothing(string target, string source, string lang)
    {
        var analysis = new AnalysisBuilder(target, source, lang).PairOneToOne().Build();

        Assert.IsFalse(new MtTrapCheck().Run(analysis).Any());
    }

    [TestMethod]
    [DataRow("Der Besuch kommt, als die Preise steigen.", "The visit comes as prices rise.", "en", "kommt, als")]
    [DataRow("Die Studie zeigt die wahre Natur des Problems.", "The study shows the true nature of the problem.", "en", "Natur")]
    [DataRow("Sanktionen treffen Geschäftsleute in der Nähe des Präsidenten.", "Sanctions hit businessmen close to the president.", "en", "in der Nähe")]
    [DataRow("Die NATO überprüft ihre nukleare Haltung.", "NATO reviews its nuclear posture.", "en", "Haltung")]
    [DataRow("„Das ist eine Provokation“, klagte sie an.", "\"This is a provocation,\" she charged.", "en", "klagte")]
    [DataRow("Die Polizei fand ihn am späten Freitag.", "Police found him late Friday.", "en", "späten Freitag")]
    [DataRow("Der Gewerkschaftschef nannte die Anfragen inakzeptabel.", "The union chief called the demands unacceptable.", "en", "Anfragen")]
    [DataRow("Macron wird Scholz am Freitag treffen.", "Macron parlera à Scholz vendredi par téléphone.", "fr", "treffen")]
    [DataRow("Die Delegation stellte sich als Willkommensparty auf.", "The delegation formed a welcoming party.", "en", "Willkommensparty")]
    public void Run_WhenCalqueOrWrongSense_FlagsTheGermanWords(string target, string source, string lang, string expected)
    {
        var analysis = new AnalysisBuilder(target, source, lang).PairOneToOne().Build();

        var finding = new MtTrapCheck().Run(analysis).Single();

        Assert.AreEqual(expected, finding.TargetText);
    }

    [TestMethod]
    [DataRow("Der Besuch kommt, wenn die Preise steigen.", "The visit will come when prices rise.", "en")]
    [DataRow("Der Park schützt die Natur des Tals.", "The park protects the nature of the valley and its wildlife.", "en")]
    [DataRow("Das Lager liegt in der Nähe der Grenze.", "The camp is close to the border.", "en")]
    [DataRow("Er wurde wegen Betrugs angeklagt.", "He was charged with fraud.", "en")]
    [DataRow("Die Minister werden sich am Freitag in Brüssel treffen.", "Les ministres se rencontreront vendredi à Bruxelles pour parler du budget.", "fr")]
    [DataRow("Die Anfragen von Journalisten stiegen.", "Requests from journalists rose.", "en")]
    [DataRow("Er kommt als Gast, nicht als Minister.", "He comes as a guest, not as a minister.", "en")]
    [DataRow("Sie kam 2015 als Flüchtling nach Berlin.", "She came to Berlin as a refugee in 2015.", "en")]
    [DataRow("Die Polizei fand ihn am späten Montagabend.", "Police found him late on Monday evening.", "en")]
    [DataRow("Der wegen seiner Nähe zum Kreml bekannte Oligarch schwieg.", "The oligarch, known for being close to the Kremlin, was silent.", "en")]
    [DataRow("Die Sanktionen würden Russland hart treffen, sagte er.", "Speaking to reporters, he said sanctions would hit Russia hard.", "en")]
    [DataRow("Der Schutz der Natur hat Vorrang.", "Protecting nature comes first.", "en")]
    [DataRow("Die Haltung des Ministers zur Militärhilfe ist klar.", "The minister's posture on military aid is clear.", "en")]
    [DataRow("Sie reagierte nicht auf eine Anfrage und wies die Forderungen als inakzeptabel zurück.", "She did not respond to a request for comment and rejected the demands as unacceptable.", "en")]
    [DataRow("Der Verein richtete eine Willkommensfeier aus.", "The club held a welcoming party.", "en")]
    [DataRow("Sie warnten vor einer False-Flag-Operation.", "They warned of a false flag operation.", "en")]
    public void Run_WhenRightSenseOrNoTrapTerm_FindsNothing(string target, string source, string lang)
    {
        var analysis = new AnalysisBuilder(target, source, lang).PairOneToOne().Build();

        Assert.IsFalse(new MtTrapCheck().Run(analysis).Any());
    }

    [TestMethod]
    public void Run_WhenExpectedRenderingMissing_FlagsTheUnexplainedWordAtItsPlace()
    {
        var analysis = new AnalysisBuilder("Sie warnten vor einer erfundenen Operation im Osten.", "They warned of a false flag operation in the east.")
            .Gloss(0, "warnten", TokenKind.Word, "warned").Gloss(0, "erfundenen", TokenKind.Word, "invented", "made-up")
            .Gloss(0, "Operation", TokenKind.Word, "operation").Gloss(0, "Osten", TokenKind.Word, "east")
            .PairOneToOne().Build();

        var finding = new MtTrapCheck().Run(analysis).Single();

        Assert.AreEqual("erfundenen", finding.TargetText);
        Assert.AreEqual("false flag", finding.SourceText);
        Assert.AreEqual(Severity.Critical, finding.Severity, "a major trap in the headline is critical");
    }

    [TestMethod]
    public void Run_WhenExpectedRenderingPresent_FindsNothing()
    {
        var analysis = new AnalysisBuilder("Sie warnten vor einer Operation unter falscher Flagge.", "They warned of a false flag operation.")
            .Gloss(0, "warnten", TokenKind.Word, "warned").Gloss(0, "falscher", TokenKind.Word, "false")
            .Gloss(0, "Flagge", TokenKind.Word, "flag").Gloss(0, "Operation", TokenKind.Word, "operation")
            .PairOneToOne().Build();

        Assert.IsFalse(new MtTrapCheck().Run(analysis).Any());
    }

    [TestMethod]
    public void Parse_WhenExpectedRenderingsHaveNoSourceTerm_ThrowsFormatErrorNamingTheRow() =>
        Assert.Throws<FormatException>(() => TrapLexicon.Parse(["de\t-\t!flagge\t-\t-\tsentence\tyes\tmajor\tadvice"], "extra.tsv"));

    [TestMethod]
    [DataRow("hof$", "hof", true)]
    [DataRow("hof$", "hoffen", false)]
    [DataRow("*hof$", "bahnhof", true)]
    [DataRow("*bibliothek", "stadtbibliothek", true)]
    [DataRow("gift", "giftig", true)]
    [DataRow("gift", "giftmischerin", false)]
    public void Renders_WhenPatternGiven_MatchesWordAsDocumented(string rendering, string word, bool expected) =>
        Assert.AreEqual(expected, MtTrapCheck.Renders(rendering, word));

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

    [TestMethod]
    [DataRow("Werbung\n\nBiden bietet Putin im Berufungsverfahren einen Kanal an\n\nDie beiden telefonierten am Donnerstag.", Severity.Critical)]
    [DataRow("Biden und Putin sprachen.\n\nBiden bietet Putin im Berufungsverfahren einen Kanal an.\n\nDie beiden telefonierten am Donnerstag.", Severity.Major)]
    public void Run_WhenTrapIsInTheHeadlineBelowPageResidue_RaisesItToCritical(string german, Severity expected)
    {
        var target = new TranslationQA.Core.Segmentation.RuleBasedSentenceSegmenter().Segment(german, "de");
        var analysis = new ArticleAnalysis(new Article("t", "en", "de", null, german, "t"), [], target,
            [.. target.Select(_ => new SentenceBackTranslation("", []))], [], [], "en", true);

        var finding = new MtTrapCheck().Run(analysis).Single(f => f.TargetText == "Berufungsverfahren");

        Assert.AreEqual(expected, finding.Severity);
    }
}

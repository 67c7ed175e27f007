using TranslationQA.Core.Checks.Names;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Tests.Checks;

[TestClass]
public sealed class NameChecksTests
{
    [TestMethod]
    [DataRow("Blinken traf Lawrow. Blinken sagte nichts.\nDann flog Blinkin nach Berlin.", "Blinkin")]
    [DataRow("Baerbock reiste ab. Baerbock kam zurück.\nAnnalena Barbock sprach.", "Barbock")]
    [DataRow("Die Sprecherin Jen Psaki sagte das.\nDas sei klar, sagte Paski.", "Paski")]
    [DataRow("Präsident Selenskyj warnte. Selenskyj bat um Hilfe.\nEr traf Wolodymyr Zelensky.", "Zelensky")]
    public void NameSpelling_WhenRareVariantOfName_FlagsTheRareSpelling(string text, string expected)
    {
        var finding = new NameSpellingCheck().Run(new AnalysisBuilder(text).Build()).Single();

        Assert.AreEqual(expected, finding.TargetText);
    }

    [TestMethod]
    [DataRow("Die Beamte sagte das. Die Beamte ging.\nEin Beamter kam.")]
    [DataRow("Die Außenminister trafen sich. Die Außenminister sprachen.\nDie Außenministerin kam.")]
    [DataRow("Blinken reiste ab. Blinkens Reise war kurz.\nBlinken kam zurück.")]
    [DataRow("Die NATO tagt. Die Nato-Staaten beraten.\nDie NATO entscheidet.")]
    [DataRow("NATO UND EU BERATEN\nDie Nato tagt am Montag.")]
    [DataRow("Die EU und die NATO beraten. Die Eu ist sich uneins. Die Nato auch.")]
    [DataRow("Die NATO berät. „Nato-Staaten zahlen zu wenig“, sagte er. Die NATO reagiert.")]
    public void NameSpelling_WhenInflectionOrNoClearMajority_FindsNothing(string text) =>
        Assert.IsFalse(new NameSpellingCheck().Run(new AnalysisBuilder(text).Build()).Any());

    [TestMethod]
    public void NameSpelling_WhenCaptionRepeatsAVariant_FlagsTheCaptionSpellingAsMinor()
    {
        // The repeated caption counts once, and on a tie the spelling of running text is the reference.
        const string text = "US-Außenminister Anthony Blinken, Sergej Lawrow\nUS-Außenminister Anthony Blinken, Sergej Lawrow\nAntony Blinken plant ein Treffen.";

        var findings = new NameSpellingCheck().Run(new AnalysisBuilder(text).Build()).ToList();

        Assert.HasCount(2, findings);
        Assert.IsTrue(findings.All(f => f.TargetText == "Anthony" && f.Severity == Severity.Minor));
    }

    [TestMethod]
    public void NameSpelling_WhenWordFormIsADictionaryWord_DoesNotTakeItForTheAcronym()
    {
        var analysis = new AnalysisBuilder("Das sagte er der ZEIT. Es sei Zeit für einen Wechsel, sagte er der ZEIT.")
            .Gloss(0, "Zeit", TokenKind.Word, "time").Build();

        Assert.IsFalse(new NameSpellingCheck().Run(analysis).Any());
    }

    [TestMethod]
    [DataRow("Die Nato tagt. Die NATO berät. Die NATO entscheidet.", "Nato")]
    [DataRow("Die Fifa prüft. Die Fifa zahlt. Ein Bericht der FIFA folgt.", "FIFA")]
    public void NameSpelling_WhenAcronymWrittenTwoWays_FlagsTheRarerForm(string text, string expected)
    {
        var finding = new NameSpellingCheck().Run(new AnalysisBuilder(text).Build()).Single();

        Assert.AreEqual(expected, finding.TargetText);
        Assert.AreEqual(Severity.Minor, finding.Severity);
    }

    [TestMethod]
    public void WrongEntity_WhenTargetNamesAnotherCountry_FlagsIt()
    {
        var analysis = new AnalysisBuilder("Russische Truppen stehen an der Grenze zu den USA.", "Russian troops are massed at the Ukrainian border.")
            .PairOneToOne().Build();

        var finding = new WrongEntityCheck().Run(analysis).Single();

        Assert.AreEqual("USA", finding.TargetText);
        Assert.AreEqual(Severity.Critical, finding.Severity);
    }

    [TestMethod]
    [DataRow("Der Verein holt den argentinischen Stürmer Ramos.", "Le club s'offre l'attaquant brésilien Ramos.", "fr", "argentinischen")]
    [DataRow("Die Geräte wurden in Kanada und Mexiko verkauft.", "The devices were sold in Canada and Chile.", "en", "Mexiko")]
    [DataRow("Die Regierung in Seoul reagierte gelassen.", "The government in Pyongyang reacted calmly.", "en", "Seoul")]
    public void WrongEntity_WhenAnotherCountryOrNationality_FlagsIt(string target, string source, string lang, string expected)
    {
        var analysis = new AnalysisBuilder(target, source, lang).PairOneToOne().Build();

        Assert.AreEqual(expected, new WrongEntityCheck().Run(analysis).Single().TargetText);
    }

    [TestMethod]
    [DataRow("US-Außenminister Blinken warnte Moskau vor einem Einmarsch in die Ukraine.", "Secretary of State Blinken warned Russia against invading Ukraine.", "en")]
    [DataRow("Der brasilianische Präsident traf seinen mexikanischen Amtskollegen.", "Le président brésilien a rencontré son homologue mexicain.", "fr")]
    [DataRow("Die Griechen wählen, die Dänen auch.", "Greeks vote, and so do the Danes.", "en")]
    [DataRow("Der Händler gewährte einen Rabatt und blieb pragmatisch.", "The dealer gave a discount and stayed pragmatic.", "en")]
    [DataRow("Daneben sprach Russell im Gemeinderat.", "Russell also spoke at the parish council.", "en")]
    [DataRow("Die Ukraine und Indien verhandeln.", "L'Ukraine et l'Inde négocient.", "fr")]
    [DataRow("Die südkoreanische Regierung und Chiles Präsident beraten.", "The South Korean government and Chile's president confer.", "en")]
    [DataRow("Der Gouverneur von Indiana reiste nach Ohio.", "The governor of Indiana travelled to Ohio.", "en")]
    public void WrongEntity_WhenCountriesMatchAcrossLanguagesOrAreOnlyLookalikes_FindsNothing(string target, string source, string lang)
    {
        var analysis = new AnalysisBuilder(target, source, lang).PairOneToOne().Build();

        Assert.IsFalse(new WrongEntityCheck().Run(analysis).Any());
    }

    [TestMethod]
    [DataRow("Lavrov spoke with Zelensky in Kyiv on Tuesday.", "Lawrow sprach am Dienstag in Kiew mit Selenskyj.")]
    [DataRow("Vladimir Putin called Volodymyr Zelensky.", "Wladimir Putin rief Wolodymyr Selenskyj an.")]
    [DataRow("Le président Emmanuel Macron a appelé Vladimir Poutine.", "Präsident Emmanuel Macron rief Wladimir Putin an.")]
    [DataRow("Comets are unpredictable, said Elena Ruiz of the European Southern Observatory.", "Kometen sind unberechenbar, sagte Elena Ruiz von der Europäischen Südsternwarte.")]
    [DataRow("We will consult closely with our Allies and partners.", "Wir werden uns eng mit unseren Verbündeten und Partnern beraten.")]
    [DataRow("AS Val-de-Loire beat Olonne on Saturday.", "AS Val-de-Loire schlug Olonne am Samstag.")]
    [DataRow("The Seattle-based software group raised its forecast.", "Der Softwarekonzern aus Seattle hob seine Prognose an.")]
    public void MissingName_WhenNameTransliterated_FindsNothing(string source, string target)
    {
        var lang = source.StartsWith("Le ", StringComparison.Ordinal) ? "fr" : "en";
        var analysis = new AnalysisBuilder(target, source, lang).PairOneToOne().Build();

        Assert.IsFalse(new MissingNameCheck().Run(analysis).Any());
    }

    [TestMethod]
    public void MissingName_WhenDesignationWithoutWordPartsDropped_FlagsIt()
    {
        var analysis = new AnalysisBuilder("Die Armee erhielt neue Kampfjets.", "The army received new F-35 fighter jets.").PairOneToOne().Build();

        Assert.AreEqual("F-35", new MissingNameCheck().Run(analysis).Single().SourceText);
    }

    [TestMethod]
    public void MissingName_WhenInstitutionNameTranslated_FindsNothing()
    {
        var analysis = new AnalysisBuilder("Das Rote Kreuz verteilte Feldbetten.", "La Croix-Rouge a distribué des lits de camp.", "fr")
            .Gloss(0, "Rote", TokenKind.Word, "rouge").Gloss(0, "Kreuz", TokenKind.Word, "croix").PairOneToOne().Build();

        Assert.IsFalse(new MissingNameCheck().Run(analysis).Any());
    }

    [TestMethod]
    public void MissingName_WhenNameDropped_FlagsSentenceWithSourceName()
    {
        var analysis = new AnalysisBuilder("Der Sprecher bestätigte das Treffen.", "Spokesman Dmitry Peskov confirmed the meeting.").PairOneToOne().Build();

        var names = new MissingNameCheck().Run(analysis).Select(f => f.SourceText).ToList();

        CollectionAssert.AreEquivalent(new[] { "Dmitry Peskov" }, names, "the words of one name make one finding");
    }

    [TestMethod]
    public void MissingName_WhenPersonDroppedNextToInstitution_StillFlagsThePerson()
    {
        var analysis = new AnalysisBuilder("Das sagte ein Forscher der Europäischen Südsternwarte.", "This was said by Elena Ruiz of the European Southern Observatory.")
            .PairOneToOne().Build();

        var names = new MissingNameCheck().Run(analysis).Select(f => f.SourceText).ToList();

        CollectionAssert.AreEquivalent(new[] { "Elena Ruiz" }, names);
    }

    [TestMethod]
    [DataRow("Secretary of State Antony Blinken met Lavrov.", "Außenminister Anthony Blinken traf Lawrow.", "Anthony")]
    [DataRow("He met Annalena Baerbock in Berlin.", "Er traf Annalena Barbock in Berlin.", "Barbock")]
    [DataRow("Nokia chief Pekka Mäkinen said so.", "Nokia-Chef Pekka Mäkkinen sagte das.", "Mäkkinen")]
    public void SourceNameSpelling_WhenNameMisspeltAgainstSource_FlagsIt(string source, string target, string expected)
    {
        var finding = new NameSpellingCheck().Run(new AnalysisBuilder(target, source).PairOneToOne().Build()).Single();

        Assert.AreEqual(expected, finding.TargetText);
    }

    [TestMethod]
    [DataRow("Navalny and Peskov spoke to Dmitry Kuleba.", "Nawalny und Peskow sprachen mit Dmitri Kuleba.")]
    [DataRow("Sergei Lavrov met Volodymyr Zelenskyy.", "Sergej Lawrow traf Wolodymyr Selenskyj.")]
    [DataRow("Lukashenko met Shoigu.", "Lukaschenko traf Schoigu.")]
    [DataRow("Blinken met Baerbock.", "Blinken traf Baerbocks Team.")]
    [DataRow("Blinken’s trip ended.", "Blinkens Reise endete.")]
    public void SourceNameSpelling_WhenTransliteratedOrInflected_FindsNothing(string source, string target) =>
        Assert.IsFalse(new NameSpellingCheck().Run(new AnalysisBuilder(target, source).PairOneToOne().Build()).Any());

    [TestMethod]
    public void NameAsWords_WhenOutletNameTranslated_FlagsIt()
    {
        var analysis = new AnalysisBuilder("(FRANKREICH 24 mit AFP und REUTERS)")
            .Gloss(0, "FRANKREICH", TokenKind.Word, "france").Build();

        Assert.AreEqual("FRANKREICH 24", new NameAsWordsCheck().Run(analysis).Single().TargetText);
    }

    [TestMethod]
    public void NameAsWords_WhenAcronymsOnly_FindsNothing()
    {
        var analysis = new AnalysisBuilder("(FRANCE 24 mit AFP und REUTERS)").Gloss(0, "FRANCE", TokenKind.Name, "france").Build();

        Assert.IsFalse(new NameAsWordsCheck().Run(analysis).Any());
    }
}

using TranslationQA.Core.Checks;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Tests.Checks;

[TestClass]
public sealed class PageResidueCheckTests
{
    [TestMethod]
    [DataRow("Leave a Reply")]
    [DataRow("Schreibe einen Kommentar")]
    [DataRow("Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind markiert")]
    [DataRow("Kommentare")]
    [DataRow("- Advertisement -")]
    [DataRow("Lire aussi : Le président reçoit son homologue")]
    [DataRow("Siehe auch  Wie die Inflation die Renten frisst")]
    [DataRow("Translate »")]
    [DataRow("Die Wiedergabe wurde unterbrochen.")]
    [DataRow("Evan Vucci | AP")]
    [DataRow("StartWirtschaftFinanzenZinsen steigen weiter")]
    [DataRow("Veröffentlicht am: 12.03.2023")]
    [DataRow("© 2023 dpa. Alle Rechte vorbehalten.")]
    [DataRow("Lees meer over dit onderwerp")]
    [DataRow("Dienstag, März 14, 2023")]
    [DataRow("Kommentare (0)")]
    [DataRow("12 Comments")]
    [DataRow("Zum Kommentieren bitte anmelden.")]
    [DataRow("You must be logged in to post a comment.")]
    [DataRow("Connectez-vous pour commenter")]
    [DataRow("Log in om te reageren")]
    [DataRow("Jetzt den Newsletter abonnieren und nichts verpassen!")]
    [DataRow("Wir verwenden Cookies. Bitte akzeptieren Sie die Einstellungen.")]
    [DataRow("Auf Facebook teilen")]
    public void Run_WhenLineIsBoilerplate_FlagsWholeLineAsCritical(string line)
    {
        var text = "Der Minister reiste am Montag nach Paris.\n" + line + "\nEr traf dort seinen Amtskollegen.";
        var analysis = new AnalysisBuilder(text).Build();

        var finding = new PageResidueCheck().Run(analysis).Single();

        Assert.AreEqual(line.Trim(), finding.TargetText);
        Assert.AreEqual(2, finding.Span.Line);
        Assert.AreEqual(Severity.Critical, finding.Severity);
    }

    [TestMethod]
    public void Run_WhenShortTitleStandsAboveAWidget_FlagsItAsTheWidgetsHeading()
    {
        const string text = "Pegel am Rhein steigt\nDer Pegel lag bei 7,20 Metern.\nRegionales\nLesen Sie mehr aus der Region:\nDie Feuerwehr ist im Einsatz.";

        var lines = new PageResidueCheck().Run(new AnalysisBuilder(text).Build()).Select(f => f.Span.Line).ToList();

        CollectionAssert.AreEqual(new[] { 3, 4 }, lines);
    }

    [TestMethod]
    [DataRow("Pegel am Rhein steigt\nLesen Sie mehr aus der Region:\nDer Pegel lag bei 7,20 Metern.")]
    [DataRow("Pegel am Rhein steigt\nDer Pegel lag bei 7,20 Metern.\nasc/dpa\nLesen Sie mehr aus der Region:")]
    [DataRow("Pegel am Rhein steigt\nDer Pegel lag bei 7,20 Metern.\nDie Feuerwehr ist im Einsatz.\nLesen Sie mehr aus der Region:")]
    public void Run_WhenLineAboveAWidgetIsHeadlineOrSentence_FlagsOnlyTheWidget(string text)
    {
        var finding = new PageResidueCheck().Run(new AnalysisBuilder(text).Build()).Single();

        StringAssert.StartsWith(finding.TargetText, "Lesen Sie mehr");
    }

    [TestMethod]
    [DataRow("Werbung für Tabak soll verboten werden, sagte die Ministerin am Dienstag.")]
    [DataRow("Die Kommentare des Präsidenten sorgten für Empörung.")]
    [DataRow("Johnson reist nach Kiew")]
    [DataRow("Briefwechsel")]
    [DataRow("Die beiden Chefdiplomaten haben sich gegen 11.00 Uhr (Ortszeit) begrüßt.")]
    [DataRow("Er teilte mit, dass die Lage ernst sei | so die Agentur.")]
    [DataRow("Nutzer sollen Cookies künftig nicht mehr akzeptieren müssen")]
    [DataRow("Der Minister wollte sich zu den Vorwürfen nicht äußern und verwies auf seinen Kommentar im Konto der Partei auf X.")]
    [DataRow("Die Bank teilte am Montag mit, sie werde 2024 mehr als 1.000 Stellen streichen.")]
    [DataRow("Mehr als 14.000 Läufer")]
    public void Run_WhenLineIsArticleContent_FindsNothing(string line)
    {
        var analysis = new AnalysisBuilder(line).Build();

        Assert.IsFalse(new PageResidueCheck().Run(analysis).Any());
    }
}

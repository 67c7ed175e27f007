using TranslationQA.Core.Checks.Numbers;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Tests.Checks;

[TestClass]
public sealed class NumberChecksTests
{
    [TestMethod]
    [DataRow("Russia has massed more than 100,000 troops.", "Russland hat mehr als 100.000 Soldaten zusammengezogen.", "en")]
    [DataRow("Growth was 1.5 percent on January 10.", "Das Wachstum lag am 10. Januar bei 1,5 Prozent.", "en")]
    [DataRow("After a 90-minute meeting, fifty people left.", "Nach einem 90-minütigen Treffen gingen fünfzig Menschen.", "en")]
    [DataRow("La Russie a massé 100 000 soldats le 10 janvier.", "Russland hat am 10. Januar 100.000 Soldaten zusammengezogen.", "fr")]
    [DataRow("The call came at 10:52 p.m.", "Der Anruf kam um 22.52 Uhr.", "en")]
    public void NumberMismatch_WhenNumbersConvertedToGermanLocale_FindsNothing(string source, string target, string lang)
    {
        var analysis = new AnalysisBuilder(target, source, lang).PairOneToOne().Build();

        Assert.IsFalse(new NumberMismatchCheck().Run(analysis).Any());
    }

    [TestMethod]
    public void NumberMismatch_WhenNumberChanged_FlagsTargetNumberWithSource()
    {
        var analysis = new AnalysisBuilder("Russland hat 10.000 Soldaten zusammengezogen.", "Russia has massed 100,000 troops.").PairOneToOne().Build();

        var finding = new NumberMismatchCheck().Run(analysis).Single();

        Assert.AreEqual("10.000", finding.TargetText);
        Assert.AreEqual("100,000", finding.SourceText);
        Assert.AreEqual("TQA007.changed", finding.EvidenceKey);
    }

    [TestMethod]
    [DataRow("Temperatures reached 80 degrees Fahrenheit.", "Die Temperaturen erreichten 27 Grad Celsius.")]
    [DataRow("The tower is 100 feet tall.", "Der Turm ist 30 Meter hoch.")]
    [DataRow("Thirty-one people were hospitalised.", "31 Menschen kamen ins Krankenhaus.")]
    [DataRow("It changed after 9/11.", "Das änderte sich nach dem 11. September.")]
    [DataRow("The spread of Covid-19 slowed.", "Die Ausbreitung von Covid 19 verlangsamte sich.")]
    [DataRow("Music of the 1960s is back.", "Die Musik der 60er ist zurück.")]
    [DataRow("It closes at 0200GMT.", "Es schließt um 02:00 GMT.")]
    [DataRow("The state reported 2,06737 cases.", "Der Staat meldete 206.737 Fälle.")]
    public void NumberMismatch_WhenConvertedOrWrittenOtherwise_FindsNothing(string source, string target)
    {
        var analysis = new AnalysisBuilder(target, source).PairOneToOne().Build();

        Assert.IsFalse(new NumberMismatchCheck().Run(analysis).Any());
    }

    [TestMethod]
    public void NumberMismatch_WhenAHourIsNoClockTime_FlagsTheChange()
    {
        var analysis = new AnalysisBuilder("15 wurden verletzt.", "3 were injured.").PairOneToOne().Build();

        Assert.AreEqual("15", new NumberMismatchCheck().Run(analysis).Single().TargetText);
    }

    [TestMethod]
    public void NumberMismatch_WhenNumberMissing_FlagsSentence()
    {
        var analysis = new AnalysisBuilder("Die Gespräche beginnen im Januar.", "Talks start on January 10.").PairOneToOne().Build();

        Assert.AreEqual("10", new NumberMismatchCheck().Run(analysis).Single().SourceText);
    }

    [TestMethod]
    [DataRow("Montag, April 29, 2024", "April 29, 2024")]
    [DataRow("Stand: 2021-12-29 23:52:13", "2021-12-29 23:52")]
    [DataRow("Am 12/29/2021 begann es.", "12/29/2021")]
    public void DateFormat_WhenNotGerman_Flags(string text, string expected) =>
        Assert.IsTrue(new DateFormatCheck().Run(new AnalysisBuilder(text).Build()).Any(f => f.TargetText.StartsWith(expected[..10], StringComparison.Ordinal)));

    [TestMethod]
    [DataRow("Am 29. April 2024 begann es.")]
    [DataRow("Im April 2024 begann es, am 21.01.2022 endete es.")]
    [DataRow("Die Ukraine hat im März 4,1 Millionen Tonnen Getreide exportiert.")]
    public void DateFormat_WhenGerman_FindsNothing(string text) =>
        Assert.IsFalse(new DateFormatCheck().Run(new AnalysisBuilder(text).Build()).Any());

    [TestMethod]
    [DataRow("La Belgique: 2021-12-29 23: 52: 13 , DH", "23: 52: 13")]
    [DataRow("Das Treffen begann um 10:30 a.m. Ortszeit.", "10:30 a.m.")]
    public void TimeFormat_WhenBroken_Flags(string text, string expected) =>
        Assert.AreEqual(expected, new TimeFormatCheck().Run(new AnalysisBuilder(text).Build()).Single().TargetText);

    [TestMethod]
    [DataRow("Sie trafen sich gegen 11.00 Uhr.")]
    [DataRow("22.52 Uhr – Biden bietet Putin einen Kanal an.")]
    [DataRow("Der Anruf kam um 22:52 Uhr.")]
    public void LocaleChecks_WhenGermanTimes_FindNothing(string text)
    {
        var analysis = new AnalysisBuilder(text).Build();

        Assert.IsFalse(new TimeFormatCheck().Run(analysis).Concat(new NumberFormatCheck().Run(analysis)).Concat(new DateFormatCheck().Run(analysis)).Any());
    }

    [TestMethod]
    [DataRow("Die Wirtschaft wuchs um 1.5 Prozent.", "1.5")]
    [DataRow("Mehr als 100,000 Soldaten.", "100,000")]
    public void NumberFormat_WhenEnglishSeparators_Flags(string text, string expected) =>
        Assert.AreEqual(expected, new NumberFormatCheck().Run(new AnalysisBuilder(text).Build()).Single().TargetText);

    [TestMethod]
    [DataRow("Die Wirtschaft wuchs um 1,5 Prozent, 100.000 Menschen.")]
    [DataRow("Der Beschluss vom 21.01.2022 gilt.")]
    public void NumberFormat_WhenGermanSeparators_FindsNothing(string text) =>
        Assert.IsFalse(new NumberFormatCheck().Run(new AnalysisBuilder(text).Build()).Any());
}

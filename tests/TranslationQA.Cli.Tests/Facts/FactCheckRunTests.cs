using System.Text.Json;

namespace TranslationQA.Cli.Tests.Facts;

/// <summary>
/// Issue 14's facts, through the real tool and the offline engine: numbers (digits, number words, scale words,
/// percent), weekdays and months, places and names. Every changed fact has a faithful counterpart that must stay
/// quiet. Sentences written for these tests, none from the fixtures or the shared data.
/// </summary>
[TestClass]
public sealed class FactCheckRunTests
{
    /// <summary>The rules that compare facts; a faithful article has none of them.</summary>
    private static readonly string[] FactRules = ["TQA003", "TQA005", "TQA006", "TQA007", "TQA033"];

    /// <summary>Article id, English (or French) source, German, and the evidence key expected ("" for none).</summary>
    private static readonly (string Id, string Lang, string Source, string Target, string Expected)[] Cases =
    [
        ("hour-not-clock", "en", "Two people died and 3 were hurt when the bridge gave way.", "Zwei Menschen starben und 15 wurden verletzt, als die Brücke nachgab.", "TQA007.changed"),
        ("hour-not-clock-ok", "en", "Two people died and 3 were hurt when the bridge gave way.", "Zwei Menschen starben und 3 wurden verletzt, als die Brücke nachgab.", ""),
        ("clock-ok", "en", "The count begins at 7 p.m. on Monday evening.", "Die Auszählung beginnt am Montagabend um 19 Uhr.", ""),
        ("number-word", "en", "Two councillors resigned after the audit.", "Drei Stadträte traten nach der Prüfung zurück.", "TQA007.changed-word"),
        ("number-word-ok", "en", "Two councillors resigned after the audit.", "Zwei Stadträte traten nach der Prüfung zurück.", ""),
        ("scale", "en", "The state will invest 12 billion euros in its schools.", "Das Land wird 12 Millionen Euro in seine Schulen investieren.", "TQA007.changed-scale"),
        ("scale-ok", "en", "The state will invest 12 billion euros in its schools.", "Das Land wird 12 Milliarden Euro in seine Schulen investieren.", ""),
        ("long-scale", "en", "Public debt passed 2 trillion dollars.", "Die Staatsschulden überstiegen 2 Milliarden Dollar.", "TQA007.changed-scale"),
        ("long-scale-ok", "en", "Public debt passed 2 trillion dollars.", "Die Staatsschulden überstiegen 2 Billionen Dollar.", ""),
        ("scale-fr", "fr", "La région va consacrer deux milliards d'euros aux transports.", "Die Region wird zwei Millionen Euro für den Verkehr ausgeben.", "TQA007.changed-scale"),
        ("scale-fr-ok", "fr", "La région va consacrer deux milliards d'euros aux transports.", "Die Region wird zwei Milliarden Euro für den Verkehr ausgeben.", ""),
        ("hundreds-ok", "en", "About five hundred volunteers and ten thousand visitors came.", "Etwa 500 Freiwillige und 10.000 Besucher kamen.", ""),
        ("decades-ok", "en", "The mine was closed two decades ago.", "Die Mine wurde vor zwanzig Jahren geschlossen.", ""),
        ("percent", "en", "Turnout fell by 6 percent.", "Die Wahlbeteiligung sank um 60 Prozent.", "TQA007.changed"),
        ("weekday", "en", "The strike will end on Sunday, the union said.", "Der Streik werde am Samstag enden, teilte die Gewerkschaft mit.", "TQA033.weekday"),
        ("weekday-ok", "en", "The strike will end on Sunday, the union said.", "Der Streik werde am Sonntag enden, teilte die Gewerkschaft mit.", ""),
        ("weekday-compound-ok", "en", "The ferry sank on Tuesday evening.", "Die Fähre sank am Dienstagabend.", ""),
        ("month", "en", "The new timetable starts in March.", "Der neue Fahrplan gilt ab Mai.", "TQA033.month"),
        ("month-ok", "en", "The new timetable starts in March.", "Der neue Fahrplan gilt ab März.", ""),
        ("may-verb-ok", "en", "Prices may rise in September.", "Die Preise könnten im September steigen.", ""),
        ("city", "en", "The ministers will meet in Berlin next month.", "Die Minister werden sich nächsten Monat in Bonn treffen.", "TQA003.replaced-entity"),
        ("city-ok", "en", "The ministers will meet in Munich next month.", "Die Minister werden sich nächsten Monat in München treffen.", ""),
        ("name", "en", "Transport minister Volker Wissing defended the plan. Wissing said the buses would run every hour.",
            "Verkehrsminister Volker Wising verteidigte den Plan. Wising sagte, die Busse würden stündlich fahren.", "TQA005.source"),
        ("name-ok", "en", "Transport minister Volker Wissing defended the plan. Wissing said the buses would run every hour.",
            "Verkehrsminister Volker Wissing verteidigte den Plan. Wissing sagte, die Busse würden stündlich fahren.", ""),
        ("place", "en", "The river reached Passau on Tuesday.", "Der Fluss erreichte Pasau am Dienstag.", "TQA005.source"),
        ("place-ok", "en", "The river reached Passau on Tuesday.", "Der Fluss erreichte Passau am Dienstag.", ""),
    ];

    private static Dictionary<string, List<string>> s_evidence = [];

    [ClassInitialize]
    public static async Task RunOnce(TestContext context)
    {
        _ = context;
        var folder = Directory.CreateTempSubdirectory("tqa-facts-");
        var input = Path.Combine(folder.FullName, "facts.jsonl");
        await File.WriteAllLinesAsync(input, Cases.Select(c => JsonSerializer.Serialize(new
        {
            id = c.Id, sourceLang = c.Lang, targetLang = "de", source = c.Source, target = c.Target,
        })));
        var output = Path.Combine(folder.FullName, "out");

        var result = await CliProcess.RunAsync("check", input, "-o", output, "--format", "json", "-q");

        Assert.IsTrue(result.ExitCode is 0 or 1, result.ToString());
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "report.json")));
        s_evidence = report.RootElement.GetProperty("articles").EnumerateArray().ToDictionary(
            a => a.GetProperty("id").GetString()!,
            a => a.GetProperty("findings").EnumerateArray()
                .Where(f => FactRules.Contains(f.GetProperty("rule").GetString()))
                .Select(f => f.GetProperty("evidence").GetString()!).ToList());
        folder.Delete(recursive: true);
    }

    public static IEnumerable<object[]> Changed => Cases.Where(c => c.Expected.Length > 0).Select(c => new object[] { c.Id, c.Expected });

    public static IEnumerable<object[]> Faithful => Cases.Where(c => c.Expected.Length == 0).Select(c => new object[] { c.Id });

    [TestMethod]
    [DynamicData(nameof(Changed))]
    public void Check_WhenAFactChanged_ReportsItWithItsEvidenceClass(string id, string expected) =>
        CollectionAssert.Contains(s_evidence[id], expected, $"{id}: {string.Join(", ", s_evidence[id])}");

    [TestMethod]
    [DynamicData(nameof(Faithful))]
    public void Check_WhenTheFactsAreKept_ReportsNoFactFinding(string id) =>
        Assert.IsEmpty(s_evidence[id], $"{id}: {string.Join(", ", s_evidence[id])}");
}

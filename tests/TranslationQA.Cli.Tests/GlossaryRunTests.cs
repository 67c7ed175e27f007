using System.Text.Json;

namespace TranslationQA.Cli.Tests;

/// <summary><c>check --glossary</c> end to end: the real CLI on the seed articles with the term bases of fixtures/glossaries.</summary>
[TestClass]
public sealed class GlossaryRunTests
{
    // The findings of the two terminology rules on three seed articles, the same for the term base in each format.
    private static readonly string[] Expected =
    [
        "dhnet-biden-putin-appel TQA031 critical 4 Berufungsverfahren",
        "dhnet-biden-putin-appel TQA032 critical 4 Berufungsverfahren",
        "dhnet-biden-putin-appel TQA031 critical 9 Appell",
        "dhnet-biden-putin-appel TQA032 critical 9 Appell",
        "dhnet-biden-putin-appel TQA031 critical 17 Aufruf",
        "dhnet-biden-putin-appel TQA031 critical 23 Berufung",
        "dhnet-biden-putin-appel TQA032 critical 23 Berufung",
        "france24-blinken-lavrov-call TQA032 major 53 Zelensky",
        "cnbc-blinken-troops-border TQA032 minor 23 Nato",
    ];

    [TestMethod]
    [DataRow("newsroom.csv")]
    [DataRow("newsroom-basic.tbx")]
    [DataRow("newsroom-v3.tbx")]
    public async Task Check_WithTheNewsroomTermBase_TurnsTheAppealIntoTerminologyFindings(string glossary)
    {
        var output = Path.Combine(Path.GetTempPath(), "tqa-glossary-" + Guid.NewGuid().ToString("N"));

        var result = await CliProcess.RunAsync("check", CliProcess.FixturePath("articles", "dhnet-biden-putin-appel"),
            CliProcess.FixturePath("articles", "france24-blinken-lavrov-call"), CliProcess.FixturePath("articles", "cnbc-blinken-troops-border"),
            "--glossary", CliProcess.FixturePath("glossaries", glossary), "--out", output, "--format", "json", "-q");

        Assert.AreEqual(ExitCodes.GateFailed, result.ExitCode, result.ToString());
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "report.json")));
        var found = report.RootElement.GetProperty("articles").EnumerateArray()
            .SelectMany(a => a.GetProperty("findings").EnumerateArray().Select(f => (Article: a.GetProperty("id").GetString(), Finding: f)))
            .Where(x => x.Finding.GetProperty("rule").GetString() is "TQA031" or "TQA032")
            .Select(x => $"{x.Article} {x.Finding.GetProperty("rule").GetString()} {x.Finding.GetProperty("severity").GetString()} " +
                         $"{x.Finding.GetProperty("line").GetInt32()} {x.Finding.GetProperty("targetText").GetString()}")
            .ToList();
        CollectionAssert.AreEquivalent(Expected, found, string.Join("\n", found));
        var rules = report.RootElement.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        CollectionAssert.IsSubsetOf(new[] { "TQA031", "TQA032" }, rules);
        StringAssert.Contains(result.Stdout, "TQA032", "at the gate (critical), the forbidden term is printed even with -q");
        Directory.Delete(output, recursive: true);
    }

    [TestMethod]
    public async Task Check_WithoutAGlossary_RaisesNoTerminologyFinding()
    {
        var output = Path.Combine(Path.GetTempPath(), "tqa-glossary-" + Guid.NewGuid().ToString("N"));

        var result = await CliProcess.RunAsync("check", CliProcess.FixturePath("articles", "dhnet-biden-putin-appel"), "--out", output, "--format", "json", "-q");

        Assert.AreEqual(ExitCodes.GateFailed, result.ExitCode, result.ToString());
        var json = await File.ReadAllTextAsync(Path.Combine(output, "report.json"));
        Assert.DoesNotContain("\"rule\": \"TQA031\"", json);
        Assert.DoesNotContain("\"rule\": \"TQA032\"", json);
        StringAssert.Contains(json, "\"rule\": \"TQA002\"", "the built-in trap still finds the appeal");
        Directory.Delete(output, recursive: true);
    }

    [TestMethod]
    [DataRow("bad/unclosed-quote.csv", "line 3, column 22: a quoted field is never closed")]
    [DataRow("bad/field-count.csv", "line 3: 6 fields where the header has 5")]
    [DataRow("bad/unclosed-tag.tbx", "line 7, column 37: The 'term' start tag")]
    [DataRow("bad/unknown-status.tbx", "line 8, column 12: administrativeStatus 'forbidden' is unknown")]
    [DataRow("bad/entity-bomb.tbx", "line 19, column 23: Reference to undeclared entity 'lol9'")]
    [DataRow("bad/external-entity.tbx", "line 10, column 23: Reference to undeclared entity 'secret'")]
    [DataRow("missing.csv", "missing.csv")]
    public async Task Check_WhenTheGlossaryCannotBeRead_ExitsTwoNamingFileAndPositionBeforeAnyArticle(string glossary, string message)
    {
        var output = Path.Combine(Path.GetTempPath(), "tqa-glossary-" + Guid.NewGuid().ToString("N"));
        var path = CliProcess.FixturePath("glossaries", glossary);

        var result = await CliProcess.RunAsync("check", CliProcess.FixturePath("articles", "dhnet-biden-putin-appel"), "--glossary", path, "--out", output);

        Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
        StringAssert.StartsWith(result.Stderr, $"error: --glossary {path}");
        StringAssert.Contains(result.Stderr, message);
        Assert.DoesNotContain("   at ", result.Stderr, "no stack trace");
        Assert.DoesNotContain("root:", result.Stderr, "the entity's file is never read");
        Assert.IsFalse(Directory.Exists(output), "nothing is checked and no report is written");
    }
}

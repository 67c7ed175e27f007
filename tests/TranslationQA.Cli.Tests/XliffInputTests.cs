using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace TranslationQA.Cli.Tests;

/// <summary>XLIFF input through the real tool: the same findings as the article folder, unit ids in the reports, hostile files refused.</summary>
[TestClass]
public sealed class XliffInputTests
{
    private const string Seed = "cnbc-blinken-troops-border";

    private const string Unit =
        "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"a\" source-language=\"en\" " +
        "target-language=\"de\"><body><trans-unit id=\"1\"><source>Hi.</source><target>{0}</target></trans-unit></body></file></xliff>";

    [TestMethod]
    public async Task Check_WhenASeedArticleComesAsXliff12And20_FindsWhatItsFolderFindsWithUnitIds()
    {
        var folder = await RunAsync(CliProcess.FixturePath("articles", Seed));

        foreach (var (version, segments) in new[] { ("1.2", false), ("2.0", true) })
        {
            var xliff = await RunAsync(CliProcess.FixturePath("xliff", version, Seed + ".xlf"));

            Assert.AreEqual(folder.Exit, xliff.Exit, version);
            Assert.IsNotEmpty(folder.Findings);
            CollectionAssert.AreEqual(folder.Findings.Select(f => f.Plain).ToArray(), xliff.Findings.Select(f => f.Plain).ToArray(), version);
            Assert.IsTrue(folder.Findings.All(f => f.Unit is null), "folder findings name no unit");
            Assert.IsTrue(xliff.Findings.All(f => f.Unit is not null), $"{version}: every finding names its unit");
            Assert.AreEqual(segments, xliff.Findings.All(f => f.Segment is not null), $"{version}: segment ids");
            // "Blinkin" on line 11 of the folder article is in the sixth paragraph: unit tu6 (1.2), u6 (2.0).
            var blinkin = xliff.Findings.First(f => f.Plain.Contains("\"Blinkin\"", StringComparison.Ordinal));
            Assert.AreEqual(version == "1.2" ? "tu6" : "u6", blinkin.Unit);
            Assert.AreEqual(xliff.Findings.Count, xliff.SarifUnits.Count, $"{version}: SARIF names the unit of every result");
            CollectionAssert.AreEqual(xliff.Findings.Select(f => f.Unit).ToArray(), xliff.SarifUnits.ToArray(), version);
        }
    }

    [TestMethod]
    public async Task Check_WhenAUnitHasNoTarget_ReportsItUntranslatedAtItsUnitAndNotAsOmitted()
    {
        var root = TempRoot();
        var input = Path.Combine(root, "story.xlf");
        await File.WriteAllTextAsync(input, """
            <xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="de">
             <file id="f1">
              <unit id="p1"><segment id="s1"><source>The minister spoke on Monday.</source><target>Der Minister sprach am Montag.</target></segment></unit>
              <unit id="p2"><segment id="s1"><source>He said the talks went well.</source></segment></unit>
              <unit id="p3"><segment id="s1"><source>The meeting ended at noon.</source><target>Das Treffen endete am Mittag.</target></segment></unit>
             </file>
            </xliff>
            """);

        var run = await RunAsync(input, Path.Combine(root, "out"));

        var missing = run.Findings.Single(f => f.Rule == "TQA011");
        Assert.IsFalse(run.Findings.Any(f => f.Rule == "TQA013"), "the unit's sentence is not reported omitted a second time");
        Assert.AreEqual("p2", missing.Unit);
        Assert.AreEqual("s1", missing.Segment);
        Assert.AreEqual("Segment 's1' of unit 'p2' has no translation.", missing.Message);
        StringAssert.Contains(missing.Plain, "\"sourceText\":\"He said the talks went well.\"");
        Directory.Delete(root, recursive: true);
    }

    [TestMethod]
    public async Task Check_WhenXliffFilesAreHostileOrBroken_RefusesEachWithItsPlaceAndChecksTheGoodArticle()
    {
        var root = TempRoot();
        var input = Path.Combine(root, "in");
        var output = Path.Combine(root, "out");
        Directory.CreateDirectory(input);
        var secretText = "Geheimer Schlüssel " + Guid.NewGuid().ToString("N");
        var secret = Path.Combine(root, "credentials.txt");
        await File.WriteAllTextAsync(secret, secretText);
        using var server = new DtdServer();
        await File.WriteAllTextAsync(Path.Combine(input, "good.xlf"), string.Format(Unit, "Der Minister sprach am Montag."));
        await File.WriteAllTextAsync(Path.Combine(input, "xxe.xlf"),
            $"<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY s SYSTEM \"file://{secret}\">]>\n" + string.Format(Unit, "&s;"));
        await File.WriteAllTextAsync(Path.Combine(input, "dtd.xlf"),
            $"<?xml version=\"1.0\"?>\n<!DOCTYPE xliff SYSTEM \"{server.Url}xliff.dtd\">\n" + string.Format(Unit, "&s;"));
        await File.WriteAllTextAsync(Path.Combine(input, "bomb.xlf"), "<?xml version=\"1.0\"?>\n" + BillionLaughs() + string.Format(Unit, "&l9;"));
        await File.WriteAllTextAsync(Path.Combine(input, "broken.xlf"),
            "<?xml version=\"1.0\"?>\n" + string.Format(Unit, "Hallo.").Replace("<body>", "<body>\n<trans-unit id=\"2\">"));

        var result = await CliProcess.RunAsync("check", input, "--out", output, "-q");

        Assert.AreEqual(ExitCodes.Error, result.ExitCode, result.ToString());
        foreach (var name in new[] { "xxe", "dtd", "bomb" })
        {
            StringAssert.Contains(result.Stderr, $"{name}.xlf(2,1): the file has a DOCTYPE", result.ToString());
        }

        StringAssert.Matches(result.Stderr, new System.Text.RegularExpressions.Regex(@"broken\.xlf\(3,\d+\): not well-formed XML"));
        Assert.DoesNotContain("   at ", result.Stderr, "no stack trace");
        Assert.AreEqual(0, server.Connections, "the DTD's server was contacted");
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(secretText, await File.ReadAllTextAsync(file), $"{file} holds the entity's file");
        }

        Assert.DoesNotContain(secretText, result.Stdout + result.Stderr);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "report.json")));
        var verdicts = report.RootElement.GetProperty("articles").EnumerateArray()
            .ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("verdict").GetString());
        Assert.AreEqual("pass", verdicts["good"]);
        Assert.AreEqual(4, verdicts.Values.Count(v => v == "error"), string.Join(", ", verdicts));
        Directory.Delete(root, recursive: true);
    }

    /// <summary>Nine levels of ten references each: 10^9 copies of "lol" if a parser expanded them.</summary>
    private static string BillionLaughs()
    {
        var dtd = new StringBuilder("<!DOCTYPE xliff [<!ENTITY l0 \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            dtd.Append($"<!ENTITY l{i} \"").Append(string.Concat(Enumerable.Repeat($"&l{i - 1};", 10))).Append("\">");
        }

        return dtd.Append("]>\n").ToString();
    }

    private static string TempRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "tqa-xliff-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        return root;
    }

    private static async Task<Run> RunAsync(string input, string? output = null)
    {
        var root = output is null ? TempRoot() : null;
        output ??= Path.Combine(root!, "out");
        var result = await CliProcess.RunAsync("check", input, "--out", output, "--format", "json,sarif", "-q");
        Assert.AreNotEqual(ExitCodes.Error, result.ExitCode, result.ToString());
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "report.json")));
        var findings = report.RootElement.GetProperty("articles")[0].GetProperty("findings").EnumerateArray().Select(Finding).ToList();
        using var sarif = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "report.sarif")));
        var sarifUnits = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("properties").TryGetProperty("unitId", out var id) ? id.GetString() : null)
            .Where(id => id is not null).ToList();
        Directory.Delete(root ?? output, recursive: true);
        return new Run(result.ExitCode, findings, sarifUnits);
    }

    private static FindingRow Finding(JsonElement finding)
    {
        // Everything but the unit, as written: what must match the folder's finding exactly.
        var plain = new Dictionary<string, JsonElement>();
        foreach (var property in finding.EnumerateObject().Where(p => p.Name != "unit"))
        {
            plain[property.Name] = property.Value;
        }

        var unit = finding.TryGetProperty("unit", out var u) ? u : (JsonElement?)null;
        return new FindingRow(finding.GetProperty("rule").GetString()!, finding.GetProperty("message").GetString()!, JsonSerializer.Serialize(plain),
            unit?.GetProperty("id").GetString(), unit is { } x && x.TryGetProperty("segment", out var s) ? s.GetString() : null);
    }

    private sealed record Run(int Exit, IReadOnlyList<FindingRow> Findings, IReadOnlyList<string?> SarifUnits);

    private sealed record FindingRow(string Rule, string Message, string Plain, string? Unit, string? Segment);

    /// <summary>A server on 127.0.0.1 that would answer any HTTP request with a DTD, and counts the connections it gets.</summary>
    private sealed class DtdServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly Task _serving;
        private int _connections;

        public DtdServer()
        {
            _listener.Start();
            Url = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/";
            _serving = ServeAsync();
        }

        public string Url { get; }

        public int Connections => Volatile.Read(ref _connections);

        public void Dispose()
        {
            _listener.Stop();
            _serving.Wait(TimeSpan.FromSeconds(5));
        }

        private async Task ServeAsync()
        {
            try
            {
                while (true)
                {
                    using var client = await _listener.AcceptTcpClientAsync();
                    Interlocked.Increment(ref _connections);
                    var body = "<!ENTITY s \"from the server\">";
                    await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(
                        $"HTTP/1.1 200 OK\r\nContent-Type: application/xml-dtd\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n{body}"));
                }
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                // stopped
            }
        }
    }
}

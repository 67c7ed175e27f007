using System.Text.Json;
using System.Xml.Linq;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using TranslationQA.Reporting.Tests.Browser;

namespace TranslationQA.Cli.Tests.Review;

/// <summary>
/// The review loop end to end, as CI and a reviewer go through it: the tool fails the gate on an article, the reviewer
/// judges the finding not an error in the HTML report (headless Chromium) and downloads the decisions, the next run
/// with that file passes and every report shows the finding suppressed, and an edit that changes the flagged words
/// fails again with a new finding.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class ReviewLoopTests
{
    // The fixture's one finding at the default gate: "Avocado" for "avocat" (a lawyer) in the headline, critical.
    private const string ArticleId = "fr-justice-avocat";
    private const string Why = "Satire column: the fruit is meant";

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Loop_WhenReviewerSuppressesTheFailingFinding_NextRunPassesAndAnEditFailsAgain()
    {
        if (!HeadlessChromium.Available)
        {
            Assert.Inconclusive("Chromium is not installed (bash eng/install-deps.sh --with-browser).");
        }

        using var work = new WorkFolder();
        var article = work.CopyFixture();

        // Run 1: the gate fails on the critical finding.
        var run1 = await work.CheckAsync("articles", "--out", "r1");
        Assert.AreEqual(ExitCodes.GateFailed, run1.ExitCode, run1.ToString());
        var avocado = Findings(work.Path("r1/report.json")).Single(f => f.GetProperty("targetText").GetString() == "Avocado");
        var fingerprint = avocado.GetProperty("fingerprint").GetString()!;

        // The reviewer marks it Not an error on the article page and downloads the decisions from the index.
        var downloads = Directory.CreateDirectory(work.Path("downloads")).FullName;
        var driver = HeadlessChromium.Start(work.Path("profile"), downloads);
        try
        {
            Open(driver, work.Path($"r1/articles/{ArticleId}.html"));
            var item = driver.FindElement(By.CssSelector($"li.finding[data-fingerprint='{fingerprint}']"));
            item.FindElement(By.CssSelector("[data-not-error]")).Click();
            item.FindElement(By.CssSelector("[data-why-text]")).SendKeys(Why);
            item.FindElement(By.CssSelector("[data-why-save]")).Click();
            Assert.AreEqual("not-an-error", item.GetAttribute("data-decision"));
            StringAssert.Contains(item.FindElement(By.CssSelector("[data-decision-state]")).Text, Why);

            Open(driver, work.Path("r1/index.html"));
            StringAssert.Contains(driver.FindElement(By.CssSelector("[data-decision-count]")).Text, "1 finding judged not an error");
            driver.FindElement(By.CssSelector("[data-download]")).Click();
            var downloaded = await WaitForFileAsync(Path.Combine(downloads, "translationqa.suppressions.json"));

            using (var decisions = JsonDocument.Parse(await File.ReadAllTextAsync(downloaded)))
            {
                Assert.AreEqual(1, decisions.RootElement.GetProperty("version").GetInt32());
                var entry = decisions.RootElement.GetProperty("suppressions").EnumerateArray().Single();
                Assert.AreEqual(fingerprint, entry.GetProperty("fingerprint").GetString());
                Assert.AreEqual(Why, entry.GetProperty("justification").GetString());
                Assert.AreEqual(ArticleId, entry.GetProperty("article").GetString());
                Assert.AreEqual("TQA002", entry.GetProperty("rule").GetString());
            }

            // Committed to the repository under its default name, the next run picks it up without an option.
            File.Copy(downloaded, work.Path("translationqa.suppressions.json"));

            // Run 2 passes; every report shows the finding as suppressed with the justification.
            var run2 = await work.CheckAsync("articles", "--out", "r2");
            Assert.AreEqual(ExitCodes.Passed, run2.ExitCode, run2.ToString());
            StringAssert.Contains(run2.Stdout, "and 1 suppressed");
            StringAssert.Contains(run2.Stdout, $"suppressed TQA002: critical:");
            var suppressed = Findings(work.Path("r2/report.json")).Single(f => f.GetProperty("fingerprint").GetString() == fingerprint);
            Assert.IsTrue(suppressed.GetProperty("suppressed").GetBoolean());
            Assert.AreEqual(Why, suppressed.GetProperty("justification").GetString());
            AssertSarifSuppressed(work.Path("r2/report.sarif"), fingerprint);
            AssertJUnitSkipped(work.Path("r2/junit.xml"));

            Open(driver, work.Path($"r2/articles/{ArticleId}.html"));
            var shown = driver.FindElement(By.CssSelector($"li.finding[data-fingerprint='{fingerprint}']"));
            StringAssert.Contains(shown.GetAttribute("class")!, "suppressed");
            StringAssert.Contains(shown.Text, Why);
            Assert.IsLessThan(1.0, double.Parse(shown.GetCssValue("opacity"), System.Globalization.CultureInfo.InvariantCulture), "greyed");
            driver.FindElement(By.CssSelector("[data-decision-filter] option[value='open']")).Click();
            Assert.IsFalse(shown.Displayed, "the decision filter hides the finding judged not an error");
            Assert.IsTrue(driver.FindElements(By.CssSelector("li.finding")).Any(i => i.Displayed), "the open findings stay");
            Screenshot(driver, "review-suppressed.png");
        }
        finally
        {
            driver.Quit();
            driver.Dispose();
        }

        // An edit that changes the flagged words: the suppression no longer matches, the finding is new and fails.
        var text = await File.ReadAllTextAsync(article);
        await File.WriteAllTextAsync(article, text.Replace("Die Avocado der Verteidigung fordert", "Die Avocados der Verteidigung fordern", StringComparison.Ordinal));
        var run3 = await work.CheckAsync("articles", "--out", "r3", "--baseline", "r2/report.json");
        Assert.AreEqual(ExitCodes.GateFailed, run3.ExitCode, run3.ToString());
        StringAssert.Contains(run3.Stderr, $"stale suppression {fingerprint}");
        using var report3 = JsonDocument.Parse(await File.ReadAllTextAsync(work.Path("r3/report.json")));
        var avocados = report3.RootElement.GetProperty("articles")[0].GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("targetText").GetString() == "Avocados");
        Assert.AreEqual("new", avocados.GetProperty("baselineState").GetString());
        Assert.IsFalse(avocados.TryGetProperty("suppressed", out _));
        Assert.AreEqual(fingerprint, report3.RootElement.GetProperty("staleSuppressions")[0].GetProperty("fingerprint").GetString());
        Assert.AreEqual(fingerprint, report3.RootElement.GetProperty("absent")[0].GetProperty("fingerprint").GetString());
    }

    private static List<JsonElement> Findings(string reportJson)
    {
        using var report = JsonDocument.Parse(File.ReadAllText(reportJson));
        return [.. report.RootElement.GetProperty("articles")[0].GetProperty("findings").EnumerateArray().Select(f => f.Clone())];
    }

    private static void AssertSarifSuppressed(string sarifPath, string fingerprint)
    {
        using var sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var result = results.Single(r => r.GetProperty("partialFingerprints").EnumerateObject().First().Value.GetString() == fingerprint);
        var suppression = result.GetProperty("suppressions").EnumerateArray().Single();
        Assert.AreEqual("external", suppression.GetProperty("kind").GetString());
        Assert.AreEqual(Why, suppression.GetProperty("justification").GetString());
        Assert.IsTrue(results.Where(r => r.GetProperty("level").GetString() == "error").All(r => r.TryGetProperty("suppressions", out _)),
            "every error-level result of the passing run is suppressed");
    }

    private static void AssertJUnitSkipped(string junitPath)
    {
        var root = XDocument.Load(junitPath).Root!;
        Assert.AreEqual("0", root.Attribute("failures")!.Value);
        Assert.AreEqual("1", root.Attribute("skipped")!.Value);
        var skipped = root.Descendants("skipped").Single();
        StringAssert.Contains(skipped.Attribute("message")!.Value, Why);
        StringAssert.StartsWith(skipped.Parent!.Attribute("name")!.Value, "TQA002 at line 1");
    }

    private static void Open(ChromeDriver driver, string file)
    {
        driver.Navigate().GoToUrl(new Uri(file).AbsoluteUri);
        Assert.AreEqual("ready", driver.ExecuteScript("return document.documentElement.getAttribute('data-js');"), "The report script did not finish.");
    }

    private static async Task<string> WaitForFileAsync(string path)
    {
        for (var i = 0; i < 100 && !File.Exists(path); i++)
        {
            await Task.Delay(100);
        }

        Assert.IsTrue(File.Exists(path), $"{path} was not downloaded");
        return path;
    }

    private void Screenshot(ChromeDriver driver, string name)
    {
        var folder = TestContext.TestRunResultsDirectory ?? Path.GetTempPath();
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        driver.GetScreenshot().SaveAsFile(path);
        TestContext.AddResultFile(path);
    }
}

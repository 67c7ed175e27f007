using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using TranslationQA.Reporting.Html;
using TranslationQA.Reporting.Tests.Support;

namespace TranslationQA.Reporting.Tests.Browser;

/// <summary>
/// Opens the report's pages in headless Chromium under their Content-Security-Policy: the report's own style and
/// script work and nothing is refused; markup injected into a page can neither load nor send anything.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class ContentPolicyBrowserTests
{
    private static TempDir? s_temp;
    private static ChromeDriver? s_driver;

    private static ChromeDriver Driver => s_driver ?? throw new AssertInconclusiveException("Chromium is not installed.");

    private static string ReportDir => Path.Combine(s_temp!.Path, "report");

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        if (!HeadlessChromium.Available)
        {
            return;
        }

        s_temp = new TempDir();
        await new HtmlReportWriter(FixedTime.Default).WriteAsync(SampleReports.Create(), ReportDir, CancellationToken.None);
        s_driver = HeadlessChromium.Start(Path.Combine(s_temp.Path, "profile"));
    }

    [ClassCleanup]
    public static void Stop()
    {
        s_driver?.Quit();
        s_driver?.Dispose();
        s_temp?.Dispose();
    }

    [TestMethod]
    public void Index_WhenOpenedUnderPolicy_StylesApplyScriptSortsAndNothingIsRefused()
    {
        var log = Open("index.html");

        AssertNoPolicyMessage(log);
        // Browser defaults would be a transparent list and black bars; these colours come from report.css.
        Assert.AreEqual("rgba(244, 246, 248, 1)", Rgba(By.CssSelector("dl.meta"), "background-color"));
        Assert.AreEqual("rgba(164, 0, 15, 1)", Rgba(By.CssSelector(".legend .swatch.sev-critical"), "background-color"));
        Assert.AreEqual("rgb(199, 124, 0)", Driver.FindElement(By.CssSelector(".chart rect.sev-major")).GetCssValue("fill"));
        // The filters are hidden in the markup and shown by report.js; sorting twice puts the last id first.
        Assert.IsTrue(Driver.FindElement(By.CssSelector("[data-index-filters]")).Displayed);
        var sort = Driver.FindElement(By.XPath("//table[@data-sortable]//th[button='Article']"));
        sort.FindElement(By.TagName("button")).Click();
        sort.FindElement(By.TagName("button")).Click();
        Assert.AreEqual("descending", sort.GetAttribute("aria-sort"));
        StringAssert.StartsWith(Driver.FindElement(By.CssSelector("table.articles tbody tr")).Text, "wire-ukraine-talks");
        AssertNoPolicyMessage(Log());
    }

    [TestMethod]
    public void Article_WhenOpenedUnderPolicy_PlainGlossToggleRestylesTheTableAndNothingIsRefused()
    {
        var log = Open("articles/wire-ukraine-talks.html");

        AssertNoPolicyMessage(log);
        var del = By.CssSelector("table.align del");
        Assert.AreEqual("rgba(255, 217, 217, 1)", Rgba(del, "background-color"), "report.css colours deleted words");
        var toggle = Driver.FindElement(By.CssSelector("[data-plain-toggle]"));
        Assert.IsTrue(toggle.Displayed, "report.js shows the toggle");

        toggle.Click();

        Assert.AreEqual("true", toggle.GetAttribute("aria-pressed"));
        StringAssert.Contains(Driver.FindElement(By.CssSelector("table.align")).GetAttribute("class"), "plain");
        Assert.AreEqual("rgba(0, 0, 0, 0)", Rgba(del, "background-color"), ".plain del drops the colour");
        AssertNoPolicyMessage(Log());
    }

    [TestMethod]
    public async Task Page_WhenImageStylesheetAndFetchInjected_PolicyRefusesThemAndNothingIsSent()
    {
        using var server = new LoopbackRecorder();
        var page = await File.ReadAllTextAsync(Path.Combine(ReportDir, "index.html"));
        string Injected(string tag) => $"<img src=\"{server.Origin}/{tag}-img\"><link rel=\"stylesheet\" href=\"{server.Origin}/{tag}-css\">"
            + $"<script>fetch('{server.Origin}/{tag}-fetch');</script>\n</body>";
        await File.WriteAllTextAsync(Path.Combine(ReportDir, "injected.html"), page.Replace("</body>", Injected("locked")));
        // The control: the same injection in a copy without the policy, opened after the locked page. Its requests
        // arriving shows the recorder hears this browser, so silence from the locked page means blocked, not missed.
        var unlocked = string.Join('\n', page.Split('\n').Where(l => !l.Contains("Content-Security-Policy", StringComparison.Ordinal)));
        await File.WriteAllTextAsync(Path.Combine(ReportDir, "unlocked.html"), unlocked.Replace("</body>", Injected("open")));

        var log = Open("injected.html");
        Open("unlocked.html");

        Assert.IsTrue(await server.WaitForAsync("/open-img", TimeSpan.FromSeconds(15)), "The control page's image never arrived.");
        Assert.IsTrue(await server.WaitForAsync("/open-fetch", TimeSpan.FromSeconds(15)), "The control page's fetch never arrived.");
        var locked = server.Requests.Where(r => r.Contains("/locked-", StringComparison.Ordinal)).ToList();
        Assert.IsEmpty(locked, "Sent despite the policy: " + string.Join(", ", locked));
        var refusals = log.Where(IsPolicyMessage).ToList();
        Assert.IsTrue(refusals.Any(m => m.Contains("/locked-img", StringComparison.Ordinal)), string.Join("\n", log));
        Assert.IsTrue(refusals.Any(m => m.Contains("/locked-css", StringComparison.Ordinal)), string.Join("\n", log));
        Assert.IsTrue(refusals.Any(m => m.Contains("inline script", StringComparison.OrdinalIgnoreCase)), string.Join("\n", log));
    }

    /// <summary>Opens a page of the report and returns what the browser logged while loading it.</summary>
    private static List<string> Open(string relative)
    {
        Log();
        Driver.Navigate().GoToUrl(new Uri(Path.Combine(ReportDir, relative)).AbsoluteUri);
        Assert.AreEqual("ready", Driver.ExecuteScript("return document.documentElement.getAttribute('data-js');"),
            "The report script did not run to its end.");
        return Log();
    }

    /// <summary>Browser log entries since the last call (reading the log empties it).</summary>
    private static List<string> Log() => [.. Driver.Manage().Logs.GetLog(LogType.Browser).Select(e => e.Message)];

    private static bool IsPolicyMessage(string message) =>
        message.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
        || message.Contains("Refused to", StringComparison.Ordinal);

    private static void AssertNoPolicyMessage(List<string> log)
    {
        var refused = log.Where(IsPolicyMessage).ToList();
        Assert.IsEmpty(refused, string.Join("\n", refused));
    }

    /// <summary>A computed colour as rgba(r, g, b, a), whichever of rgb() and rgba() the driver returns.</summary>
    private static string Rgba(By element, string property)
    {
        var value = Driver.FindElement(element).GetCssValue(property);
        return value.StartsWith("rgb(", StringComparison.Ordinal) ? "rgba(" + value[4..^1] + ", 1)" : value;
    }
}

using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using TranslationQA.Core.Model;
using TranslationQA.Reporting.Html;
using TranslationQA.Reporting.Tests.Support;

namespace TranslationQA.Reporting.Tests.Browser;

/// <summary>Opens the written HTML report in headless Chromium and checks what a reviewer would see and do.</summary>
[TestClass]
[DoNotParallelize]
public sealed class HtmlReportBrowserTests
{
    private static TempDir? s_temp;
    private static ChromeDriver? s_driver;
    private static RunReport s_report = null!;

    public TestContext TestContext { get; set; } = null!;

    private static ChromeDriver Driver => s_driver ?? throw new AssertInconclusiveException("Chromium is not installed.");

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        if (!HeadlessChromium.Available)
        {
            return;
        }

        s_temp = new TempDir();
        s_report = SampleReports.Create();
        await new HtmlReportWriter(FixedTime.Default).WriteAsync(s_report, Path.Combine(s_temp.Path, "report"), CancellationToken.None);
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
    public void Index_WhenOpened_RunsScriptWithoutErrorsAndRequestsNothing()
    {
        Open("index.html");

        AssertPageIsHealthy();
        StringAssert.Contains(Driver.FindElement(By.CssSelector("[data-summary]")).Text, "5 articles");
        Screenshot("index.png");
    }

    [TestMethod]
    public void Index_WhenOpened_LinksEveryArticlePageThatExists()
    {
        Open("index.html");

        var hrefs = Driver.FindElements(By.CssSelector("table.articles tbody a")).Select(a => a.GetAttribute("href")!).ToList();
        var expected = s_report.Articles.Select(a => new Uri(Path.Combine(ReportDir, "articles", SafeId.For(a.Id) + ".html")).AbsoluteUri).ToList();
        CollectionAssert.AreEquivalent(expected, hrefs);
        Assert.IsTrue(hrefs.All(h => File.Exists(new Uri(h).LocalPath)));
    }

    [TestMethod]
    public void Index_WhenSearchTyped_ShowsOnlyMatchingRows()
    {
        Open("index.html");

        Driver.FindElement(By.CssSelector("[data-index-filters] input[type=search]")).SendKeys("wire");

        var visible = Driver.FindElements(By.CssSelector("table.articles tbody tr")).Where(r => r.Displayed).ToList();
        Assert.HasCount(1, visible);
        StringAssert.Contains(visible[0].Text, "wire-ukraine-talks");
    }

    [TestMethod]
    public void Article_WhenFindingLinkFollowed_HighlightIsVisibleInViewport()
    {
        Open("articles/wire-ukraine-talks.html");
        AssertPageIsHealthy();

        Driver.FindElement(By.CssSelector("#finding-1 a[href='#mark-1']")).Click();
        var mark = Driver.FindElement(By.Id("mark-1"));

        Assert.IsTrue(mark.Displayed);
        Assert.IsTrue(mark.Size.Width > 0 && mark.Size.Height > 0, $"mark size {mark.Size}");
        var inView = (bool)Driver.ExecuteScript(
            "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", mark)!;
        Assert.IsTrue(inView, "The highlighted span was not scrolled into view.");
        Assert.AreEqual("14", mark.Text);
        StringAssert.Contains(mark.GetCssValue("background-color"), "255, 214, 214", "critical highlight colour");
        Screenshot("article.png");
    }

    [TestMethod]
    public void Article_WhenMinorSeverityUnchecked_HidesMinorFindingsAndTheirHighlights()
    {
        Open("articles/wire-ukraine-talks.html");

        Driver.FindElement(By.CssSelector("[data-finding-filters] input[value=minor]")).Click();

        var items = Driver.FindElements(By.CssSelector("li.finding"));
        Assert.IsTrue(items.Where(i => i.GetAttribute("data-severity") == "minor").All(i => !i.Displayed));
        Assert.IsTrue(items.Where(i => i.GetAttribute("data-severity") != "minor").All(i => i.Displayed));
        var minorMarks = Driver.FindElements(By.CssSelector("mark.sev-minor"));
        Assert.IsNotEmpty(minorMarks);
        Assert.IsTrue(minorMarks.All(m => m.GetAttribute("class")!.Contains("off")));
        Assert.IsTrue(Driver.FindElements(By.CssSelector("mark.sev-critical")).All(m => !m.GetAttribute("class")!.Contains("off")));
        Screenshot("article-filtered.png");
    }

    [TestMethod]
    public void Article_WhenTextContainsScriptTag_ShowsItAsTextAndRunsNothing()
    {
        Open($"articles/{SafeId.For("markup & <b>quotes</b>")}.html");

        AssertPageIsHealthy();
        Assert.IsEmpty(Driver.FindElements(By.CssSelector("main script, main b")));
        Assert.AreEqual(SampleReports.Script, Driver.FindElement(By.Id("mark-1")).Text);
        Assert.ThrowsExactly<NoAlertPresentException>(() => Driver.SwitchTo().Alert());
    }

    [TestMethod]
    public async Task Index_WhenMoreThanOnePageOfArticles_PagesThroughAllRows()
    {
        var folder = Path.Combine(s_temp!.Path, "many");
        await new HtmlReportWriter(FixedTime.Default).WriteAsync(SampleReports.Many(450), folder, CancellationToken.None);
        Driver.Navigate().GoToUrl(new Uri(Path.Combine(folder, "index.html")).AbsoluteUri);

        int Visible() => Driver.FindElements(By.CssSelector("table.articles tbody tr")).Count(r => r.Displayed);
        Assert.AreEqual(IndexPage.PageSize, Visible());
        Driver.FindElement(By.CssSelector("[data-paging] [data-next]")).Click();
        Driver.FindElement(By.CssSelector("[data-paging] [data-next]")).Click();
        Assert.AreEqual(50, Visible());
        StringAssert.Contains(Driver.FindElement(By.CssSelector("[data-paging] [data-page]")).Text, "Page 3 of 3");
    }

    private static string ReportDir => Path.Combine(s_temp!.Path, "report");

    private static void Open(string relative)
    {
        Driver.Navigate().GoToUrl(new Uri(Path.Combine(ReportDir, relative)).AbsoluteUri);
        Assert.AreEqual("ready", Driver.ExecuteScript("return document.documentElement.getAttribute('data-js');"),
            "The report script did not finish.");
    }

    private static void AssertPageIsHealthy()
    {
        var errors = Driver.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level >= LogLevel.Warning).Select(e => e.Message).ToList();
        Assert.IsEmpty(errors, string.Join("\n", errors));
        var resources = ((IEnumerable<object>)Driver.ExecuteScript(
            "return performance.getEntriesByType('resource').map(function (e) { return e.name; });")!).Cast<string>().ToList();
        Assert.IsTrue(resources.All(r => r.StartsWith("file:", StringComparison.Ordinal)), "Requested: " + string.Join(", ", resources));
    }

    private void Screenshot(string name)
    {
        var folder = Environment.GetEnvironmentVariable("TQA_SCREENSHOT_DIR") ?? TestContext.TestRunResultsDirectory ?? s_temp!.Path;
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        Driver.GetScreenshot().SaveAsFile(path);
        TestContext.AddResultFile(path);
    }
}

using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace TranslationQA.Reporting.Tests.Browser;

/// <summary>Starts the Debian chromium + chromedriver headless, fully offline; never lets Selenium Manager download.</summary>
internal static class HeadlessChromium
{
    public const string Browser = "/usr/bin/chromium";
    public const string Driver = "/usr/bin/chromedriver";

    public static bool Available => File.Exists(Browser) && File.Exists(Driver);

    /// <summary>Starts the browser; downloads, if any, go to <paramref name="downloadDirectory"/> without asking.</summary>
    public static ChromeDriver Start(string userDataDir, string? downloadDirectory = null)
    {
        // Belt and braces: with an explicit driver path and binary Selenium Manager is not needed; offline mode
        // makes sure it would not fetch anything even if it were consulted.
        Environment.SetEnvironmentVariable("SE_OFFLINE", "true");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = Browser };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
            "--window-size=1280,900", "--force-device-scale-factor=1", $"--user-data-dir={userDataDir}");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        if (downloadDirectory is not null)
        {
            options.AddUserProfilePreference("download.default_directory", downloadDirectory);
            options.AddUserProfilePreference("download.prompt_for_download", false);
        }

        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }
}

namespace TranslationQA.Translation.Caching;

/// <summary>Where the translation cache lives when the user does not pass --cache.</summary>
public static class CachePaths
{
    /// <summary>$XDG_CACHE_HOME/translationqa/translations.sqlite, else ~/.cache/translationqa/translations.sqlite (LocalApplicationData on Windows).</summary>
    public static string DefaultPath() => DefaultPath(Environment.GetEnvironmentVariable);

    /// <summary>Testable core of <see cref="DefaultPath()"/>.</summary>
    internal static string DefaultPath(Func<string, string?> getVariable)
    {
        var xdg = getVariable("XDG_CACHE_HOME");
        string root;
        if (!string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg))
        {
            root = xdg;
        }
        else if (OperatingSystem.IsWindows())
        {
            root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        }
        else
        {
            root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        }

        return Path.Combine(root, "translationqa", "translations.sqlite");
    }
}

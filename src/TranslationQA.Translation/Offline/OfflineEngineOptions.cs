namespace TranslationQA.Translation.Offline;

/// <summary>Where the offline engine finds its Debian dictionary data and keeps its binary cache.</summary>
/// <param name="DingPath">Ding German-English dictionary (Debian package trans-de-en).</param>
/// <param name="HunspellDicPath">Hunspell de_DE word list (hunspell-de-de).</param>
/// <param name="HunspellAffPath">Hunspell de_DE affix rules (hunspell-de-de).</param>
/// <param name="WordNetDirectory">WordNet database folder holding cntlist.rev (wordnet-base).</param>
/// <param name="FreeDictDeuFraBasePath">FreeDict German-French without extension (dict-freedict-deu-fra).</param>
/// <param name="FreeDictFraDeuBasePath">FreeDict French-German without extension, used reversed when present (dict-freedict-fra-deu).</param>
/// <param name="CacheDirectory">Folder for the compiled binary lexicon; null disables the cache.</param>
public sealed record OfflineEngineOptions(
    string DingPath,
    string HunspellDicPath,
    string HunspellAffPath,
    string WordNetDirectory,
    string FreeDictDeuFraBasePath,
    string? FreeDictFraDeuBasePath,
    string? CacheDirectory)
{
    /// <summary>The Debian install locations and the per-user cache folder.</summary>
    public static OfflineEngineOptions Default { get; } = new(
        "/usr/share/trans/de-en",
        "/usr/share/hunspell/de_DE.dic",
        "/usr/share/hunspell/de_DE.aff",
        "/usr/share/wordnet",
        "/usr/share/dictd/freedict-deu-fra",
        "/usr/share/dictd/freedict-fra-deu",
        DefaultCacheDirectory());

    /// <summary>$XDG_CACHE_HOME/translationqa, else ~/.cache/translationqa.</summary>
    public static string DefaultCacheDirectory()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = string.IsNullOrWhiteSpace(xdg)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache")
            : xdg;
        return Path.Combine(root, "translationqa");
    }

    /// <summary>Path of WordNet's sense tag counts.</summary>
    public string WordNetCountsPath => Path.Combine(WordNetDirectory, "cntlist.rev");

    /// <summary>The required data files with the Debian package that provides each.</summary>
    internal IReadOnlyList<(string Path, string Package)> RequiredFiles =>
    [
        (DingPath, "trans-de-en"),
        (HunspellDicPath, "hunspell-de-de"),
        (HunspellAffPath, "hunspell-de-de"),
        (WordNetCountsPath, "wordnet-base"),
        (FreeDictDeuFraBasePath + ".index", "dict-freedict-deu-fra"),
        (FreeDictDeuFraBasePath + ".dict.dz", "dict-freedict-deu-fra"),
    ];

    /// <summary>Optional data files: used when present, ignored otherwise.</summary>
    internal IReadOnlyList<string> OptionalFiles => FreeDictFraDeuBasePath is null
        ? []
        : [FreeDictFraDeuBasePath + ".index", FreeDictFraDeuBasePath + ".dict.dz"];
}

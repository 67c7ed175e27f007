using TranslationQA.Core.BackTranslation;
using TranslationQA.Core.Checks.Spelling;
using TranslationQA.Translation.Offline.Hunspell;

namespace TranslationQA.Translation.Offline;

/// <summary>The German spelling dictionary of the spelling rule: Hunspell de_DE (Debian package hunspell-de-de), read at run time.</summary>
public static class GermanSpelling
{
    /// <summary>
    /// The dictionary at the paths of <paramref name="options"/> (default: the Debian locations), read once per
    /// process and shared with the offline engine's stemmer.
    /// </summary>
    /// <exception cref="EngineException">A file is missing or unreadable; the message names it and its package.</exception>
    public static ISpellingDictionary Load(OfflineEngineOptions? options = null)
    {
        var o = options ?? OfflineEngineOptions.Default;
        foreach (var path in (string[])[o.HunspellAffPath, o.HunspellDicPath])
        {
            if (!File.Exists(path))
            {
                throw new EngineException($"Spelling rule: dictionary file '{path}' is missing. It comes with the Debian package " +
                    "'hunspell-de-de'; run eng/install-deps.sh to install it.");
            }
        }

        try
        {
            return new HunspellSpeller(HunspellData.Shared(o.HunspellAffPath, o.HunspellDicPath));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new EngineException($"Spelling rule: cannot read the Hunspell data: {ex.Message}", ex);
        }
    }
}

using TranslationQA.Core.BackTranslation;
using TranslationQA.Core.Checks.Spelling;
using TranslationQA.Translation.Offline;

namespace TranslationQA.Cli;

/// <summary>The spelling dictionary of TQA030 for a run.</summary>
internal static class SpellingData
{
    /// <summary>
    /// Hunspell de_DE, or null with a warning when hunspell-de-de is not installed: a run with a service engine still
    /// checks everything else (the offline engine needs the package anyway and stops with its own error).
    /// </summary>
    public static ISpellingDictionary? TryLoad(TextWriter stderr)
    {
        try
        {
            return GermanSpelling.Load();
        }
        catch (EngineException e)
        {
            stderr.WriteLine($"warning: TQA030 (spelling) does not run: {e.Message}");
            return null;
        }
    }
}

namespace TranslationQA.Core.Ingestion;

/// <summary>The languages TranslationQA checks: German targets, English or French sources.</summary>
public static class LanguageCodes
{
    /// <summary>The one supported target language.</summary>
    public const string German = "de";

    /// <summary>Source languages the engines and checks support.</summary>
    public static IReadOnlyList<string> SupportedSources { get; } = ["en", "fr"];

    /// <summary>True for a two-letter lower-case ISO 639-1 code.</summary>
    public static bool IsIso6391(string? code) =>
        code is { Length: 2 } && char.IsAsciiLetterLower(code[0]) && char.IsAsciiLetterLower(code[1]);

    /// <summary>Null when the pair can be checked, else the reason it cannot.</summary>
    public static string? Validate(string sourceLang, string targetLang)
    {
        if (!IsIso6391(sourceLang))
        {
            return $"source language '{sourceLang}' is not an ISO 639-1 code such as en or fr";
        }

        if (!IsIso6391(targetLang))
        {
            return $"target language '{targetLang}' is not an ISO 639-1 code; the target must be German (de)";
        }

        if (targetLang != German)
        {
            return $"target language '{targetLang}' is not supported; TranslationQA checks German (de) translations";
        }

        return SupportedSources.Contains(sourceLang)
            ? null
            : $"source language '{sourceLang}' is not supported; use one of: {string.Join(", ", SupportedSources)}";
    }
}

using TranslationQA.Core.Model;

namespace TranslationQA.Reporting.Ci;

/// <summary>How severities map to SARIF levels: critical = error, major = warning, minor = note.</summary>
public static class SarifLevels
{
    /// <summary>The SARIF level of a severity.</summary>
    public static string Of(Severity severity) => severity switch
    {
        Severity.Critical => "error",
        Severity.Major => "warning",
        _ => "note",
    };
}

using TranslationQA.Core.Model;

namespace TranslationQA.Core.Checks.Terminology;

/// <summary>A term in one language; <see cref="Lang"/> null means any source language (a CSV source column).</summary>
/// <param name="Text">The term as written; a leading or trailing <c>*</c> lets it stand inside a compound.</param>
/// <param name="Lang">ISO 639-1 code, or null.</param>
public sealed record LanguageTerm(string Text, string? Lang);

/// <summary>One entry of a term base: a concept's source terms, its approved and its forbidden German terms.</summary>
/// <param name="Origin">Where the entry stands, for the evidence: "terms.csv line 4", "terms.tbx line 12 (entry c7)".</param>
/// <param name="Source">Source terms; empty for house style that concerns the German alone.</param>
/// <param name="Approved">Approved German terms (preferred or admitted).</param>
/// <param name="Forbidden">Forbidden German terms (deprecated or superseded).</param>
/// <param name="Note">The entry's note, shown with its findings.</param>
/// <param name="CaseSensitive">True when a term matches only in the case written.</param>
/// <param name="Severity">The severity of the entry's findings (the user's, never calibrated).</param>
public sealed record GlossaryEntry(
    string Origin,
    IReadOnlyList<LanguageTerm> Source,
    IReadOnlyList<string> Approved,
    IReadOnlyList<string> Forbidden,
    string? Note,
    bool CaseSensitive,
    Severity Severity)
{
    /// <summary>The entry as a reviewer reads it: "appel → Telefonat | Anruf; not Berufung* (terms.csv line 3)".</summary>
    public string Describe()
    {
        var source = Source.Count == 0 ? "German house style" : string.Join(" | ", Source.Select(s => s.Text));
        var approved = Approved.Count == 0 ? "" : " → " + string.Join(" | ", Approved);
        var forbidden = Forbidden.Count == 0 ? "" : "; not " + string.Join(" | ", Forbidden);
        var note = string.IsNullOrWhiteSpace(Note) ? "" : $"; note: {Note}";
        return $"{source}{approved}{forbidden} ({Origin}{note})";
    }
}

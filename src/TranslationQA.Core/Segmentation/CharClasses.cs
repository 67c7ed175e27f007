namespace TranslationQA.Core.Segmentation;

/// <summary>Character classes the segmenter needs: sentence-final marks, quotes and brackets.</summary>
internal static class CharClasses
{
    /// <summary>Marks that can end a sentence.</summary>
    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…' or '‽';

    /// <summary>True when <paramref name="text"/> ends with a full stop, question or exclamation mark: a sentence, not a label.</summary>
    public static bool EndsWithStop(string text) => text is [.., '.' or '!' or '?'];

    /// <summary>Quotes and brackets that may close a quotation right after the final mark.</summary>
    public static bool IsCloser(char c) => c is '"' or '”' or '“' or '»' or '«' or '’' or '‘' or '\'' or ')' or ']' or '›' or '‹';

    /// <summary>Quotes and brackets that can open a sentence or quotation.</summary>
    public static bool IsOpener(char c) => c is '„' or '“' or '"' or '«' or '»' or '‘' or '‚' or '\'' or '(' or '[' or '‹' or '›' or '¿' or '¡';

    /// <summary>True for a quote mark (either direction).</summary>
    public static bool IsQuote(char c) => c is '"' or '”' or '“' or '„' or '»' or '«' or '’' or '‘' or '‚' or '\'' or '›' or '‹';

    /// <summary>
    /// Quote marks that, when glued between a final mark and a letter, more likely open the next sentence
    /// than close the last one (German „…“ closes with “, English “…” opens with it).
    /// </summary>
    public static bool IsGluedOpener(char c, string lang) => lang switch
    {
        "de" => c is '"' or '»' or '›',
        "fr" => c is '"' or '«' or '“' or '‹',
        _ => c is '"' or '“' or '‘' or '«',
    };

    /// <summary>Spaces, including the no-break spaces French puts inside guillemets.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c);
}

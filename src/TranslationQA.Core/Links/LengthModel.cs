namespace TranslationQA.Core.Links;

/// <summary>
/// How long a German translation of a source text usually is: the log of the ratio of their lengths in characters is
/// close to normal, with a mean and spread per source language (Gale and Church, 1993, used the same observation
/// for sentence alignment). A German text much shorter than its source has lost content; much longer, gained some.
/// </summary>
internal static class LengthModel
{
    // English to German: mean log(German/English characters) and its standard deviation on the clean lines of the
    // tuning halves: wmt21-mqm-ende 0.165 ± 0.114 (3,002 lines), wmt22-ced-ende-dev 0.191 ± 0.123 (7,895 pairs).
    private const double EnglishMean = 0.18;
    private const double EnglishSpread = 0.12;

    // Below this many source characters (a headline, a dateline) the ratio varies too much to say anything.
    private const int MinSourceLength = 60;

    /// <summary>
    /// Standard score of the German length against the source length, or null where it says nothing (a short source,
    /// or a source language without a measured model: only English has one).
    /// </summary>
    public static double? Z(int sourceChars, int targetChars, string sourceLang)
    {
        if (sourceLang != "en" || sourceChars < MinSourceLength || targetChars == 0)
        {
            return null;
        }

        return (Math.Log((double)targetChars / sourceChars) - EnglishMean) / EnglishSpread;
    }
}

using System.Globalization;
using TranslationQA.Translation.Http;

namespace TranslationQA.Translation.Azure;

/// <summary>Parses Translator v3 alignment strings ("0:0-7:10 1:2-11:20 ...", inclusive character indices).</summary>
internal static class AlignmentParser
{
    /// <summary>The links in <paramref name="proj"/>; malformed parts are skipped because alignment is advisory.</summary>
    public static IReadOnlyList<SpanLink> Parse(string? proj)
    {
        if (string.IsNullOrWhiteSpace(proj))
        {
            return [];
        }

        var links = new List<SpanLink>();
        foreach (var part in proj.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var sides = part.Split('-');
            if (sides.Length == 2 && TryRange(sides[0], out var s0, out var s1) && TryRange(sides[1], out var t0, out var t1))
            {
                links.Add(new SpanLink(s0, s1, t0, t1));
            }
        }

        return links;
    }

    private static bool TryRange(string text, out int start, out int end)
    {
        start = end = 0;
        var bounds = text.Split(':');
        return bounds.Length == 2
            && int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out start)
            && int.TryParse(bounds[1], NumberStyles.None, CultureInfo.InvariantCulture, out end)
            && end >= start;
    }
}

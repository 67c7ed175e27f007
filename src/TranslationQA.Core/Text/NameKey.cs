using System.Globalization;
using System.Text;

namespace TranslationQA.Core.Text;

/// <summary>
/// Spelling-insensitive keys for proper names across English, French and German conventions, so that
/// "Lavrov"/"Lawrow", "Zelensky"/"Selenskyj" or "Kyiv"/"Kiew" compare equal.
/// </summary>
public static class NameKey
{
    private static readonly Dictionary<string, string> Table = new(StringComparer.OrdinalIgnoreCase)
    {
        ["kyiv"] = "kiew", ["kiev"] = "kiew", ["belarus"] = "weißrussland", ["biélorussie"] = "weißrussland",
        ["moscow"] = "moskau", ["moscou"] = "moskau", ["poutine"] = "putin", ["kremlin"] = "kreml", ["geneva"] = "genf",
        ["genève"] = "genf", ["brussels"] = "brüssel", ["bruxelles"] = "brüssel", ["warsaw"] = "warschau", ["varsovie"] = "warschau",
        ["vienna"] = "wien", ["vienne"] = "wien", ["munich"] = "münchen", ["cologne"] = "köln", ["londres"] = "london",
        ["beijing"] = "peking", ["pékin"] = "peking", ["tehran"] = "teheran", ["téhéran"] = "teheran", ["europe"] = "europa",
        ["rome"] = "rom", ["prague"] = "prag", ["copenhagen"] = "kopenhagen", ["athens"] = "athen", ["athènes"] = "athen",
        ["crimea"] = "krim", ["crimée"] = "krim", ["odesa"] = "odessa", ["zaporizhzhia"] = "saporischschja", ["nebenzia"] = "nebensja",
        ["lisbon"] = "lissabon", ["lisbonne"] = "lissabon", ["venice"] = "venedig", ["venise"] = "venedig", ["milan"] = "mailand",
        ["naples"] = "neapel", ["florence"] = "florenz", ["the hague"] = "den haag", ["la haye"] = "den haag", ["syria"] = "syrien",
        ["syrie"] = "syrien", ["gaza"] = "gaza", ["jerusalem"] = "jerusalem", ["jérusalem"] = "jerusalem",
    };

    /// <summary>The German form a known name takes ("Kyiv" -> "kiew"), or null.</summary>
    public static string? GermanForm(string name) => Table.GetValueOrDefault(name);

    // Keys are asked for every word of every bead by several name checks; words repeat across sentences and articles.
    private static readonly BoundedMemo<string, string> Keys = new(Compute);

    /// <summary>A key in which common transliteration differences vanish.</summary>
    public static string Of(string name) => Keys.Get(name);

    private static string Compute(string name)
    {
        var w = name.ToLowerFast();
        if (Table.TryGetValue(w, out var german))
        {
            w = german;
        }

        w = RemoveDiacritics(w.Replace("ß", "ss", StringComparison.Ordinal));
        var sb = new StringBuilder(w.Length);
        for (var i = 0; i < w.Length; i++)
        {
            var rest = w.AsSpan(i);
            if (rest.StartsWith("tsch") || rest.StartsWith("tch")) { sb.Append('$'); i += rest.StartsWith("tsch") ? 3 : 2; continue; }
            if (rest.StartsWith("sch") || rest.StartsWith("shch")) { sb.Append('$'); i += rest.StartsWith("shch") ? 3 : 2; continue; }
            if (rest.StartsWith("sh") || rest.StartsWith("zh") || rest.StartsWith("ch") || rest.StartsWith("kh")) { sb.Append('$'); i += 1; continue; }
            if (rest.StartsWith("ts") || rest.StartsWith("tz")) { sb.Append('s'); i += 1; continue; }
            if (rest.StartsWith("ph")) { sb.Append('f'); i += 1; continue; }
            if (rest.StartsWith("ou")) { sb.Append('u'); i += 1; continue; }
            if (rest.StartsWith("th")) { sb.Append('t'); i += 1; continue; }
            var c = w[i] switch
            {
                'w' => 'v',
                'z' => 's',
                'y' or 'j' => 'i',
                'c' or 'q' => 'k',
                _ => w[i],
            };
            if (!char.IsLetter(c) && c != '$')
            {
                continue;
            }

            if (sb.Length == 0 || sb[^1] != c)
            {
                sb.Append(c);
            }
        }

        // Collapse "ii" from "yj"/"ij" endings (Selenskyj ~ Zelensky) and the -ie/-i variants.
        var key = sb.ToString().Replace("ie", "i", StringComparison.Ordinal);
        return key.EndsWith("ii", StringComparison.Ordinal) ? key[..^1] : key;
    }

    /// <summary>True when two names are the same under <see cref="Of"/> (allowing one edit for names of 6+ letters).</summary>
    public static bool Same(string a, string b)
    {
        var ka = Of(a);
        var kb = Of(b);
        return ka == kb || Math.Min(ka.Length, kb.Length) >= 6 && EditDistance.Damerau(ka, kb, 1) <= 1;
    }

    private static string RemoveDiacritics(string s)
    {
        // Plain ASCII has no combining marks to remove: skip the normalisation.
        if (System.Text.Ascii.IsValid(s))
        {
            return s;
        }

        var normalized = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}

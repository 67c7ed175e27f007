using System.Globalization;

namespace TranslationQA.Core.Text;

/// <summary>
/// The names of every country and territory in English, German and French, from the ICU/CLDR data that .NET carries
/// (RegionInfo.EnglishName, and the native names of the regions as German and French locales see them): the entity
/// list's long tail beyond the countries it lists by hand with their adjectives and capitals.
/// </summary>
internal static class RegionNames
{
    /// <summary>Entries in the entity list's form syntax for the regions <paramref name="known"/> does not name yet.</summary>
    public static IEnumerable<(string Id, string[] Forms)> Entries(Func<string, bool> known)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try
            {
                region = new RegionInfo(culture.Name);
            }
            catch (ArgumentException)
            {
                continue;
            }

            var code = region.TwoLetterISORegionName;
            if (code.Length != 2 || !char.IsLetter(code[0]) || !seen.Add(code))
            {
                continue;
            }

            var names = new[] { region.EnglishName, Native("de", code), Native("fr", code) }
                .Select(Clean).Where(n => n is { Length: >= 4 }).Select(n => n!).Distinct(StringComparer.Ordinal).ToList();
            if (names.Count == 0 || names.Any(known))
            {
                continue;
            }

            yield return (code, [.. names.SelectMany(Forms).Distinct(StringComparer.Ordinal)]);
        }
    }

    /// <summary>A one-word name matches exactly as written (and in the German genitive); a longer one as lower-case words.</summary>
    private static IEnumerable<string> Forms(string name) =>
        name.Contains(' ', StringComparison.Ordinal) ? [name.ToLowerInvariant()] : ["=" + name, "=" + name + "s"];

    private static string? Native(string lang, string code)
    {
        try
        {
            return new RegionInfo($"{lang}-{code}").NativeName;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The name without a parenthesised qualifier ("Myanmar (Burma)"); names with commas or "&" are left out.</summary>
    private static string? Clean(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var paren = name.IndexOf(" (", StringComparison.Ordinal);
        var bare = (paren > 0 ? name[..paren] : name).Trim();
        return bare.AsSpan().IndexOfAny(",&") >= 0 ? null : bare;
    }
}

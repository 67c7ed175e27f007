using System.Globalization;

namespace TranslationQA.Core.Text;

/// <summary>A numeric value found in a sentence, with the token span it came from.</summary>
/// <param name="Value">The value (a component of a date or time counts on its own).</param>
/// <param name="Offset">Offset of the token in the sentence.</param>
/// <param name="Length">Token length.</param>
/// <param name="IsDigits">True for digits, false for a number word ("fifty").</param>
/// <param name="IsCount">
/// True for a plain count a translation must keep: digits, or a cardinal word from two up written as a number word
/// ("three", "zwölf", "douze"; not "one", an ordinal, a month, "dozen" or a capitalised "Elf" inside a sentence).
/// </param>
/// <param name="Scale">The factor of a scale word that follows and multiplies the value ("12 billion", "zwei Jahrzehnte"), else 1.</param>
public readonly record struct NumberValue(double Value, int Offset, int Length, bool IsDigits, bool IsCount = false, double Scale = 1)
{
    /// <summary>True when a scale word multiplied the value.</summary>
    public bool IsScaled => Scale != 1;

    /// <summary>The value without its scale word: 12 for "12 billion".</summary>
    public double Mantissa => Value / Scale;
}

/// <summary>
/// Reads numbers the way each language writes them: 100,000 and 1.5 in English, 100.000 and 1,5 in German,
/// 100 000 and 1,5 in French, dates and times split into their parts, number words from two to ninety, and scale
/// words after a number ("12 billion" = 12 000 000 000 = "12 Milliarden"; the German "Billion" is a million million).
/// </summary>
public static class NumberParser
{
    private static readonly Dictionary<string, Dictionary<string, int>> Words = Build(
        "en", "one 1 first 1 second 2 third 3 fourth 4 fifth 5 sixth 6 seventh 7 eighth 8 ninth 9 tenth 10 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven 11 twelve 12 thirteen 13 fourteen 14 fifteen 15 " +
        "sixteen 16 seventeen 17 eighteen 18 nineteen 19 twenty 20 thirty 30 forty 40 fifty 50 sixty 60 seventy 70 eighty 80 ninety 90 hundred 100 dozen 12",
        "de", "eins 1 erst 1 zweit 2 dritt 3 viert 4 fünft 5 sechst 6 siebt 7 acht 8 neunt 9 zehnt 10 zwei 2 drei 3 vier 4 fünf 5 sechs 6 sieben 7 acht 8 neun 9 zehn 10 elf 11 zwölf 12 dreizehn 13 vierzehn 14 fünfzehn 15 " +
        "sechzehn 16 siebzehn 17 achtzehn 18 neunzehn 19 zwanzig 20 dreißig 30 vierzig 40 fünfzig 50 sechzig 60 siebzig 70 achtzig 80 neunzig 90 hundert 100 dutzend 12",
        "fr", "premier 1 première 1 deuxième 2 troisième 3 quatrième 4 cinquième 5 deux 2 trois 3 quatre 4 cinq 5 six 6 sept 7 huit 8 neuf 9 dix 10 onze 11 douze 12 treize 13 quatorze 14 quinze 15 seize 16 " +
        "vingt 20 trente 30 quarante 40 cinquante 50 soixante 60 cent 100 douzaine 12");

    /// <summary>
    /// Words that multiply the number before them: short and long scale as each language uses it (German and French:
    /// long scale, English: short scale), hundreds and thousands, and decades (ten years: "two decades" = "zwanzig Jahre").
    /// </summary>
    private static readonly Dictionary<string, Dictionary<string, double>> Scales = new(StringComparer.Ordinal)
    {
        ["en"] = new(StringComparer.Ordinal)
        {
            ["decade"] = 10, ["decades"] = 10, ["hundred"] = 100, ["thousand"] = 1e3, ["million"] = 1e6, ["millions"] = 1e6, ["billion"] = 1e9,
            ["billions"] = 1e9, ["bn"] = 1e9, ["trillion"] = 1e12, ["trillions"] = 1e12,
        },
        ["de"] = new(StringComparer.Ordinal)
        {
            ["jahrzehnt"] = 10, ["jahrzehnte"] = 10, ["jahrzehnten"] = 10, ["hundert"] = 100, ["tausend"] = 1e3, ["million"] = 1e6, ["millionen"] = 1e6,
            ["mio"] = 1e6, ["milliarde"] = 1e9, ["milliarden"] = 1e9, ["mrd"] = 1e9, ["billion"] = 1e12, ["billionen"] = 1e12, ["bio"] = 1e12,
        },
        ["fr"] = new(StringComparer.Ordinal)
        {
            ["décennie"] = 10, ["décennies"] = 10, ["cent"] = 100, ["cents"] = 100, ["mille"] = 1e3, ["million"] = 1e6, ["millions"] = 1e6,
            ["milliard"] = 1e9, ["milliards"] = 1e9, ["billion"] = 1e12, ["billions"] = 1e12,
        },
    };

    /// <summary>The indefinite article or "one" before a bare scale word: "a billion", "eine Milliarde", "un milliard".</summary>
    private static readonly HashSet<string> ScaleArticles = new(StringComparer.Ordinal) { "a", "an", "one", "ein", "eine", "einer", "einen", "un", "une" };

    /// <summary>
    /// Numbers of a tokenised sentence in <paramref name="lang"/>; with <paramref name="withScales"/>, a scale word after
    /// a number multiplies it and belongs to its span, and "a billion" is a number (word links compare the digits alone).
    /// </summary>
    public static List<NumberValue> Extract(IReadOnlyList<Token> tokens, string text, string lang, bool withScales = false)
    {
        var result = new List<NumberValue>();
        var firstWord = -1;
        for (var k = 0; k < tokens.Count && firstWord < 0; k++)
        {
            firstWord = tokens[k].Type == TokenType.Word ? k : -1;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Type == TokenType.Word)
            {
                if ((NumberWord(t.Text, lang) ?? CompoundNumberWord(t.Text, lang)) is { } w)
                {
                    var count = w >= 2 && IsCardinal(t.Text, lang) && (!t.IsCapitalised || i == firstWord);
                    var (scale, scaleEnd) = withScales ? ScaleAfter(tokens, i, lang) : (1, t.End);
                    result.Add(new NumberValue(w * scale, t.Offset, scaleEnd - t.Offset, false, count || scale > 1, scale));
                    i += scale > 1 ? 1 : 0;
                }
                else if (withScales && Multiplicative(t.Text, lang) is { } times)
                {
                    result.Add(new NumberValue(times, t.Offset, t.Length, false));
                }
                else if (MonthOf(t.Text, lang) is { } month)
                {
                    result.Add(new NumberValue(month, t.Offset, t.Length, false));
                }
                else if (withScales && Scale(t.Text, lang) is { } bare && i > 0 && ScaleArticles.Contains(tokens[i - 1].Text.ToLowerFast()))
                {
                    result.Add(new NumberValue(bare, t.Offset, t.Length, false, true, bare));
                }
                else if (t.Text.AsSpan().IndexOfAnyInRange('0', '9') > 0)
                {
                    // Digits inside a word ("Covid-19", "G20") may stand alone in the other language ("Covid 19").
                    foreach (var digits in DigitRuns(t.Text))
                    {
                        result.Add(new NumberValue(digits, t.Offset, t.Length, false));
                    }
                }

                continue;
            }

            if (t.Type != TokenType.Number)
            {
                continue;
            }

            var raw = t.Text;
            var end = t.End;
            // French and some German texts group thousands with a space: "100 000".
            while (i + 1 < tokens.Count && tokens[i + 1].Type == TokenType.Number && tokens[i + 1].Length == 3
                   && tokens[i + 1].Text.All(char.IsDigit) && tokens[i + 1].Offset == end + 1 && text[end] is ' ' or '\u00a0' or '\u202f')
            {
                raw += tokens[i + 1].Text;
                end = tokens[i + 1].End;
                i++;
            }

            var values = Values(raw, lang).ToList();
            var (factor, scaledEnd) = withScales && values.Count == 1 ? ScaleAfter(tokens, i, lang) : (1, end);
            foreach (var v in values)
            {
                result.Add(new NumberValue(v * factor, t.Offset, (factor > 1 ? scaledEnd : end) - t.Offset, true, true, factor));
            }

            i += factor > 1 ? 1 : 0;
        }

        return result;
    }

    /// <summary>The values one number token stands for in <paramref name="lang"/>.</summary>
    public static IEnumerable<double> Values(string raw, string lang)
    {
        if (raw.IndexOfAny([':', '-', '/']) >= 0)
        {
            return Parts(raw, ':', '-', '/', '.');
        }

        // Four digits with a leading zero are no quantity but a 24-hour time ("0200GMT" is 02:00).
        if (raw.Length == 4 && raw[0] == '0' && raw.All(char.IsAsciiDigit))
        {
            return [int.Parse(raw[..2], CultureInfo.InvariantCulture), int.Parse(raw[2..], CultureInfo.InvariantCulture)];
        }

        var (thousands, decimalMark) = lang == "en" ? (',', '.') : ('.', ',');
        var groups = raw.Split(thousands);
        if (groups.Length > 1 && groups.Skip(1).All(g => g.Length == 3 || g.Length > 3 && g[3] == decimalMark))
        {
            raw = string.Concat(groups);
        }
        else if (groups.Length > 1)
        {
            // "22.52" in German is a time and "21.01.2022" a date: count the parts.
            return Parts(raw, thousands);
        }

        var normalized = raw.Replace(decimalMark, '.');
        return double.TryParse(normalized, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? [v] : Parts(raw, '.', ',');
    }

    private static IEnumerable<double> Parts(string raw, params char[] separators) =>
        raw.Split(separators, StringSplitOptions.RemoveEmptyEntries)
            .Select(p => double.TryParse(p, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : double.NaN)
            .Where(v => !double.IsNaN(v));

    /// <summary>
    /// The value of number word <paramref name="word"/> (German also inflected: "zweier", "fünften"), or null. Every word
    /// of every sentence passes here, so the lookup works on a lower-cased copy on the stack instead of new strings.
    /// </summary>
    private static int? NumberWord(string word, string lang)
    {
        if (!Words.TryGetValue(lang, out var words))
        {
            return null;
        }

        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            // The same mapping as TextCase.ToLowerFast.
            lower[i] = char.IsUpper(word[i]) ? char.ToLowerInvariant(word[i]) : word[i];
        }

        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var stem = lang == "de" ? StripGermanAdjective(lower) : lower;
        return lookup.TryGetValue(stem, out var w) || lookup.TryGetValue(lower, out w) ? w : null;
    }

    /// <summary>"thirty-one", "vingt-deux": tens and units joined by a hyphen.</summary>
    private static int? CompoundNumberWord(string word, string lang)
    {
        var dash = word.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || NumberWord(word[..dash], lang) is not { } tens || NumberWord(word[(dash + 1)..], lang) is not { } units)
        {
            return null;
        }

        return tens % 10 == 0 && tens >= 20 && units < 10 ? tens + units : null;
    }

    /// <summary>The factor of a scale word right after token <paramref name="i"/> and where that word ends; (1, end of i) without one.</summary>
    private static (double Factor, int End) ScaleAfter(IReadOnlyList<Token> tokens, int i, string lang) =>
        i + 1 < tokens.Count && tokens[i + 1].Type == TokenType.Word && Scale(tokens[i + 1].Text, lang) is { } factor
            ? (factor, tokens[i + 1].End)
            : (1, tokens[i].End);

    private static double? Scale(string word, string lang) =>
        Scales.TryGetValue(lang, out var scales) && scales.TryGetValue(word.ToLowerFast().TrimEnd('.'), out var factor) ? factor : null;

    /// <summary>
    /// A cardinal number word, not an ordinal ("third", "dritten", "troisième"), not "dozen"/"hundred" (which come as
    /// "dozens of", "hundreds of") and not the French "neuf", which is as often the adjective "new".
    /// </summary>
    private static bool IsCardinal(string word, string lang)
    {
        var lower = word.ToLowerFast();
        return lang switch
        {
            "en" => !lower.EndsWith("th", StringComparison.Ordinal) && lower is not ("first" or "second" or "third" or "dozen" or "hundred"),
            // A German ordinal is its stem plus "t"/"st" and an ending: "dritten", "zwanzigste"; "acht" is the cardinal.
            // "sechziger" names a decade (the sixties), not a count.
            "de" => lower == "acht" || !WithoutEnding(lower).EndsWith('t') && !lower.StartsWith("dutzend", StringComparison.Ordinal)
                && !lower.Contains("iger", StringComparison.Ordinal),
            "fr" => !lower.EndsWith("ième", StringComparison.Ordinal) && lower is not ("premier" or "première" or "neuf" or "douzaine" or "cent"),
            _ => false,
        };
    }

    /// <summary>A German multiplicative ("dreimal", "Neunfache"): the number it multiplies by.</summary>
    private static int? Multiplicative(string word, string lang)
    {
        if (lang != "de")
        {
            return null;
        }

        var lower = word.ToLowerFast();
        var cut = lower.EndsWith("mal", StringComparison.Ordinal) ? lower.Length - 3 : lower.IndexOf("fach", StringComparison.Ordinal);
        return cut > 0 ? NumberWord(lower[..cut], lang) : null;
    }

    private static string WithoutEnding(string germanWord) =>
        germanWord.EndsWith("en", StringComparison.Ordinal) || germanWord.EndsWith("er", StringComparison.Ordinal)
        || germanWord.EndsWith("es", StringComparison.Ordinal) || germanWord.EndsWith("em", StringComparison.Ordinal) ? germanWord[..^2]
        : germanWord.EndsWith('e') ? germanWord[..^1] : germanWord;

    /// <summary>The month number of a month name or its abbreviation, from the culture data .NET carries (ICU/CLDR).</summary>
    private static int? MonthOf(string word, string lang) =>
        (char.IsUpper(word[0]) || lang == "fr") && MonthNames.TryGetValue((lang, word.ToLowerFast().TrimEnd('.')), out var month) ? month : null;

    private static readonly Dictionary<(string Lang, string Name), int> MonthNames = BuildMonths();

    private static Dictionary<(string, string), int> BuildMonths()
    {
        var result = new Dictionary<(string, string), int>();
        foreach (var lang in (string[])["en", "de", "fr"])
        {
            var format = CultureInfo.GetCultureInfo(lang).DateTimeFormat;
            for (var i = 0; i < 12; i++)
            {
                // "May" and "März" are also plain words; abbreviations shorter than three letters say too little.
                foreach (var name in (string[])[format.MonthNames[i], format.AbbreviatedMonthNames[i], format.MonthGenitiveNames[i]])
                {
                    var key = name.ToLowerInvariant().TrimEnd('.');
                    if (key.Length >= 3 && !(lang == "en" && key == "may"))
                    {
                        result.TryAdd((lang, key), i + 1);
                    }
                }
            }
        }

        return result;
    }

    private static IEnumerable<double> DigitRuns(string word)
    {
        var i = 0;
        while (i < word.Length)
        {
            if (!char.IsAsciiDigit(word[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < word.Length && char.IsAsciiDigit(word[i]))
            {
                i++;
            }

            yield return double.Parse(word.AsSpan(start, i - start), CultureInfo.InvariantCulture);
        }
    }

    private static ReadOnlySpan<char> StripGermanAdjective(ReadOnlySpan<char> w) =>
        w.EndsWith("stündig", StringComparison.Ordinal) || w.EndsWith("minütig", StringComparison.Ordinal) ? w : w.TrimEnd("ensrm");

    private static Dictionary<string, Dictionary<string, int>> Build(params string[] langAndWords)
    {
        var byLang = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        for (var k = 0; k < langAndWords.Length; k += 2)
        {
            var d = new Dictionary<string, int>(StringComparer.Ordinal);
            var parts = langAndWords[k + 1].Split(' ');
            for (var i = 0; i < parts.Length; i += 2)
            {
                d[parts[i]] = int.Parse(parts[i + 1], CultureInfo.InvariantCulture);
            }

            byLang[langAndWords[k]] = d;
        }

        return byLang;
    }
}

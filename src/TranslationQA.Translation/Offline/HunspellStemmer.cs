using System.Text;
using System.Text.RegularExpressions;

namespace TranslationQA.Translation.Offline;

/// <summary>
/// A small Hunspell affix stripper: reads the .aff (SET, PFX, SFX) and .dic, and finds the dictionary stems
/// an inflected word can come from ("russischen" gives "russisch"). Continuation classes are not followed.
/// </summary>
internal sealed class HunspellStemmer
{
    private readonly Dictionary<string, string> _words;
    private readonly List<AffixRule> _suffixes;
    private readonly List<AffixRule> _prefixes;

    private HunspellStemmer(Dictionary<string, string> words, List<AffixRule> suffixes, List<AffixRule> prefixes)
    {
        _words = words;
        _suffixes = suffixes;
        _prefixes = prefixes;
    }

    /// <summary>Number of dictionary words.</summary>
    public int WordCount => _words.Count;

    /// <summary>Loads the .aff and .dic, decoding both with the encoding the .aff's SET line names.</summary>
    public static HunspellStemmer Load(string affPath, string dicPath)
    {
        var encoding = DetectEncoding(affPath);
        var suffixes = new List<AffixRule>();
        var prefixes = new List<AffixRule>();
        foreach (var line in File.ReadLines(affPath, encoding))
        {
            var f = line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            // Rule lines have 5+ fields; the group header "SFX A Y 46" has 4.
            if (f.Length < 5 || (f[0] != "SFX" && f[0] != "PFX"))
            {
                continue;
            }

            var add = f[3].Split('/')[0];
            var rule = new AffixRule(f[1], f[2] == "0" ? string.Empty : f[2], add == "0" ? string.Empty : add, f[4], f[0] == "PFX");
            (rule.IsPrefix ? prefixes : suffixes).Add(rule);
        }

        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        var first = true;
        foreach (var line in File.ReadLines(dicPath, encoding))
        {
            // The first line is the word count; indented lines are comments in de_DE.dic.
            if (first || line.Length == 0 || char.IsWhiteSpace(line[0]))
            {
                first = false;
                continue;
            }

            var slash = line.IndexOf('/');
            var word = slash < 0 ? line.Trim() : line[..slash];
            var flags = slash < 0 ? string.Empty : line[(slash + 1)..].Trim();
            words[word] = words.TryGetValue(word, out var old) ? old + flags : flags;
        }

        return new HunspellStemmer(words, suffixes, prefixes);
    }

    /// <summary>True when <paramref name="word"/> is itself a dictionary word.</summary>
    public bool Contains(string word) => _words.ContainsKey(word);

    /// <summary>Dictionary stems <paramref name="word"/> can be derived from (itself included when listed), case kept.</summary>
    public IReadOnlyList<string> Stems(string word)
    {
        var result = new List<string>();
        if (_words.ContainsKey(word))
        {
            result.Add(word);
        }

        StripSuffixes(word, null, result);
        foreach (var p in _prefixes)
        {
            if (word.Length > p.Add.Length && word.StartsWith(p.Add, StringComparison.Ordinal))
            {
                var stem = p.Strip + word[p.Add.Length..];
                if (p.Matches(stem) && HasFlag(stem, p.Flag))
                {
                    AddOnce(result, stem);
                }

                StripSuffixes(stem, p.Flag, result);
            }
        }

        return result;
    }

    private void StripSuffixes(string word, string? prefixFlag, List<string> result)
    {
        foreach (var s in _suffixes)
        {
            if (word.Length <= s.Add.Length || !word.EndsWith(s.Add, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = word[..^s.Add.Length] + s.Strip;
            if (s.Matches(stem) && HasFlag(stem, s.Flag) && (prefixFlag is null || HasFlag(stem, prefixFlag)))
            {
                AddOnce(result, stem);
            }
        }
    }

    private bool HasFlag(string stem, string flag) =>
        _words.TryGetValue(stem, out var flags) && flags.Contains(flag, StringComparison.Ordinal);

    private static void AddOnce(List<string> list, string s)
    {
        if (!list.Contains(s, StringComparer.Ordinal))
        {
            list.Add(s);
        }
    }

    private static Encoding DetectEncoding(string affPath)
    {
        foreach (var line in File.ReadLines(affPath, Encoding.Latin1).Take(200))
        {
            if (line.StartsWith("SET ", StringComparison.Ordinal))
            {
                var name = line[4..].Trim();
                return name.Equals("UTF-8", StringComparison.OrdinalIgnoreCase) ? new UTF8Encoding(false) : Encoding.Latin1;
            }
        }

        return Encoding.Latin1;
    }

    private sealed record AffixRule(string Flag, string Strip, string Add, string Condition, bool IsPrefix)
    {
        private readonly Regex? _condition = Condition == "." ? null
            : new Regex(IsPrefix ? "^" + Condition : Condition + "$", RegexOptions.CultureInvariant);

        public bool Matches(string stem) => _condition is null || _condition.IsMatch(stem);
    }
}

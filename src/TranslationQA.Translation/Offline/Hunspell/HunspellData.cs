using System.Collections.Concurrent;
using System.Text;

namespace TranslationQA.Translation.Offline.Hunspell;

/// <summary>
/// A Hunspell dictionary as read from its .aff and .dic: each word with the flag sets of its entries (a word listed
/// twice, as "minister/NSFozm" and "minister/ghke" in de_DE, keeps two sets), the affix rules indexed by what they add,
/// and the flags that mark compound parts and restrictions. Single-character flags only (de_DE's format); flag
/// aliases (AF) are not read.
/// </summary>
internal sealed class HunspellData
{
    private static readonly ConcurrentDictionary<string, Lazy<HunspellData>> Loaded = new(StringComparer.Ordinal);

    private HunspellData()
    {
        WordsBySpan = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        SuffixesBySpan = Suffixes.GetAlternateLookup<ReadOnlySpan<char>>();
        PrefixesBySpan = Prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Dictionary word to the flags of each of its entries.</summary>
    public Dictionary<string, string[]> Words { get; } = new(StringComparer.Ordinal);

    /// <summary>Suffix rules by the text they add.</summary>
    public Dictionary<string, List<AffixRule>> Suffixes { get; } = new(StringComparer.Ordinal);

    /// <summary>Prefix rules by the text they add.</summary>
    public Dictionary<string, List<AffixRule>> Prefixes { get; } = new(StringComparer.Ordinal);

    /// <summary>Every suffix rule, in file order.</summary>
    public List<AffixRule> SuffixRules { get; } = [];

    /// <summary>Every prefix rule, in file order.</summary>
    public List<AffixRule> PrefixRules { get; } = [];

    /// <summary><see cref="Words"/> looked up by a span of characters, without making a string of it.</summary>
    public Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan { get; }

    /// <summary><see cref="Suffixes"/> looked up by a span.</summary>
    public Dictionary<string, List<AffixRule>>.AlternateLookup<ReadOnlySpan<char>> SuffixesBySpan { get; }

    /// <summary><see cref="Prefixes"/> looked up by a span.</summary>
    public Dictionary<string, List<AffixRule>>.AlternateLookup<ReadOnlySpan<char>> PrefixesBySpan { get; }

    /// <summary>Longest text an affix adds: no longer ending of a word needs looking up.</summary>
    public int MaxAffixLength { get; private set; }

    /// <summary>Longest text an affix strips: a root is at most this much longer than its affixed word.</summary>
    public int MaxStripLength { get; private set; }

    /// <summary>REP pairs of the .aff: common misspellings, for suggestions.</summary>
    public List<(string From, string To)> Replacements { get; } = [];

    /// <summary>TRY: the letters to try in suggestions, most frequent first.</summary>
    public string TryChars { get; private set; } = string.Empty;

    /// <summary>Shortest compound part (COMPOUNDMIN; Hunspell's default is 3).</summary>
    public int CompoundMin { get; private set; } = 3;

    /// <summary>Named flags of the .aff (COMPOUNDBEGIN, ONLYINCOMPOUND, ...), null when the file has none.</summary>
    public char? CompoundFlag { get; private set; }

    /// <inheritdoc cref="CompoundFlag"/>
    public char? CompoundBegin { get; private set; }

    /// <inheritdoc cref="CompoundFlag"/>
    public char? CompoundMiddle { get; private set; }

    /// <inheritdoc cref="CompoundFlag"/>
    public char? CompoundEnd { get; private set; }

    /// <inheritdoc cref="CompoundFlag"/>
    public char? CompoundPermit { get; private set; }

    /// <inheritdoc cref="CompoundFlag"/>
    public char? OnlyInCompound { get; private set; }

    /// <inheritdoc cref="CompoundFlag"/>
    public char? NeedAffix { get; private set; }

    /// <inheritdoc cref="CompoundFlag"/>
    public char? Forbidden { get; private set; }

    /// <inheritdoc cref="CompoundFlag"/>
    public char? KeepCase { get; private set; }

    /// <inheritdoc cref="CompoundFlag"/>
    public char? Circumfix { get; private set; }

    /// <summary>
    /// The data of <paramref name="affPath"/> and <paramref name="dicPath"/>, read once per process while the files keep
    /// their size and time: the glosser's stemmer and the spelling rule share it.
    /// </summary>
    public static HunspellData Shared(string affPath, string dicPath)
    {
        var key = string.Join('|', Stamp(affPath), Stamp(dicPath));
        return Loaded.GetOrAdd(key, _ => new Lazy<HunspellData>(() => Load(affPath, dicPath))).Value;
    }

    /// <summary>Reads both files, decoded with the encoding the .aff's SET line names.</summary>
    /// <exception cref="InvalidDataException">A malformed affix rule; the message names the file and line.</exception>
    public static HunspellData Load(string affPath, string dicPath)
    {
        var data = new HunspellData();
        var encoding = DetectEncoding(affPath);
        var crossProduct = new Dictionary<(string, string), bool>();
        var number = 0;
        foreach (var line in File.ReadLines(affPath, encoding))
        {
            number++;
            try
            {
                data.ReadAffLine(line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries), crossProduct);
            }
            catch (InvalidDataException e)
            {
                throw new InvalidDataException($"{affPath}, line {number}: {e.Message}", e);
            }
        }

        var first = true;
        var entries = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(dicPath, encoding))
        {
            // The first line is the word count; indented lines are comments in de_DE.dic.
            if (first || line.Length == 0 || char.IsWhiteSpace(line[0]))
            {
                first = false;
                continue;
            }

            var slash = line.IndexOf('/');
            var word = (slash < 0 ? line : line[..slash]).Trim();
            var flags = slash < 0 ? string.Empty : line[(slash + 1)..].Split((char[])[' ', '\t'], 2)[0];
            if (!entries.TryGetValue(word, out var list))
            {
                entries[word] = list = [];
            }

            list.Add(flags);
        }

        foreach (var (word, list) in entries)
        {
            data.Words[word] = [.. list];
        }

        return data;
    }

    /// <summary>True when an entry of <paramref name="word"/> carries <paramref name="flag"/>.</summary>
    public bool HasFlag(string word, string flag) =>
        Words.TryGetValue(word, out var entries) && Array.Exists(entries, e => e.Contains(flag, StringComparison.Ordinal));

    /// <summary>True when an entry of <paramref name="word"/> carries <paramref name="flag"/>.</summary>
    public bool HasFlag(ReadOnlySpan<char> word, char flag)
    {
        if (WordsBySpan.TryGetValue(word, out var entries))
        {
            foreach (var flags in entries)
            {
                if (flags.Contains(flag))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void ReadAffLine(string[] f, Dictionary<(string, string), bool> crossProduct)
    {
        if (f.Length == 0)
        {
            return;
        }

        switch (f[0])
        {
            case "PFX" or "SFX" when f.Length == 4:
                crossProduct[(f[0], f[1])] = f[2] == "Y";
                break;
            case "PFX" or "SFX" when f.Length >= 5:
                AddRule(f, crossProduct.GetValueOrDefault((f[0], f[1])));
                break;
            case "REP" when f.Length >= 3:
                Replacements.Add((f[1].Replace('_', ' '), f[2].Replace('_', ' ')));
                break;
            case "TRY" when f.Length >= 2:
                TryChars = f[1];
                break;
            case "COMPOUNDMIN" when f.Length >= 2 && int.TryParse(f[1], out var min):
                CompoundMin = Math.Max(1, min);
                break;
            case "COMPOUNDFLAG": CompoundFlag = FlagOf(f); break;
            case "COMPOUNDBEGIN": CompoundBegin = FlagOf(f); break;
            case "COMPOUNDMIDDLE": CompoundMiddle = FlagOf(f); break;
            case "COMPOUNDEND": CompoundEnd = FlagOf(f); break;
            case "COMPOUNDPERMITFLAG": CompoundPermit = FlagOf(f); break;
            case "ONLYINCOMPOUND": OnlyInCompound = FlagOf(f); break;
            case "NEEDAFFIX" or "PSEUDOROOT": NeedAffix = FlagOf(f); break;
            case "FORBIDDENWORD": Forbidden = FlagOf(f); break;
            case "KEEPCASE": KeepCase = FlagOf(f); break;
            case "CIRCUMFIX": Circumfix = FlagOf(f); break;
        }
    }

    private void AddRule(string[] f, bool crossProduct)
    {
        var prefix = f[0] == "PFX";
        var slash = f[3].IndexOf('/');
        var add = slash < 0 ? f[3] : f[3][..slash];
        add = add == "0" ? string.Empty : add;
        var rule = new AffixRule(f[1], f[2] == "0" ? string.Empty : f[2], add, slash < 0 ? string.Empty : f[3][(slash + 1)..],
            AffixCondition.Parse(f[4], prefix), prefix, crossProduct);
        (prefix ? PrefixRules : SuffixRules).Add(rule);
        var index = prefix ? Prefixes : Suffixes;
        if (!index.TryGetValue(add, out var list))
        {
            index[add] = list = [];
        }

        list.Add(rule);
        MaxAffixLength = Math.Max(MaxAffixLength, add.Length);
        MaxStripLength = Math.Max(MaxStripLength, rule.Strip.Length);
    }

    private static char? FlagOf(string[] f) => f.Length >= 2 && f[1].Length > 0 ? f[1][0] : null;

    private static string Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? $"{info.FullName}:{info.Length}:{info.LastWriteTimeUtc.Ticks}" : info.FullName;
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
}

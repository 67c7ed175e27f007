using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks;

/// <summary>Words that negate without a negation word (Checks/Data/implicit-negations.tsv): fail, lack, hardly, kaum, unmöglich.</summary>
internal static class ImplicitNegations
{
    private static readonly Dictionary<string, (HashSet<string> Words, string[] Starts, string[] Prefixes)> ByLang = Load();

    /// <summary>True when lower-case <paramref name="word"/> negates implicitly in <paramref name="lang"/>.</summary>
    public static bool Is(string word, string lang)
    {
        if (!ByLang.TryGetValue(lang, out var data))
        {
            return false;
        }

        if (data.Words.Contains(word))
        {
            return true;
        }

        foreach (var start in data.Starts)
        {
            if (word.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var prefix in data.Prefixes)
        {
            if (word.Length >= prefix.Length + 4 && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, (HashSet<string>, string[], string[])> Load()
    {
        var result = new Dictionary<string, (HashSet<string> Words, List<string> Starts, List<string> Prefixes)>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.Lines("TranslationQA.Core.Checks.Data.implicit-negations.tsv"))
        {
            var cells = line.Split('\t');
            if (!result.TryGetValue(cells[0], out var entry))
            {
                result[cells[0]] = entry = (new HashSet<string>(StringComparer.Ordinal), [], []);
            }

            foreach (var item in cells.Skip(2))
            {
                if (cells[1] == "prefix")
                {
                    entry.Prefixes.Add(item);
                }
                else if (item.EndsWith('*'))
                {
                    entry.Starts.Add(item[..^1]);
                }
                else
                {
                    entry.Words.Add(item);
                }
            }
        }

        return result.ToDictionary(p => p.Key, p => (p.Value.Words, p.Value.Starts.ToArray(), p.Value.Prefixes.ToArray()), StringComparer.Ordinal);
    }
}

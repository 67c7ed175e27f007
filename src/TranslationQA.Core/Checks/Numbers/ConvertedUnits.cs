using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Numbers;

/// <summary>The units a translation converts (Checks/Data/converted-units.tsv): numbers next to them may rightly differ.</summary>
internal static class ConvertedUnits
{
    private static readonly Dictionary<(string Lang, string Side), (HashSet<string> Words, string[] Starts)> Table = Load();

    /// <summary>True when one of the two tokens after <paramref name="index"/> is a unit of <paramref name="side"/> in <paramref name="lang"/>.</summary>
    public static bool Follows(IReadOnlyList<Token> tokens, int index, string lang, string side)
    {
        if (!Table.TryGetValue((lang, side), out var units))
        {
            return false;
        }

        for (var k = index + 1; k < Math.Min(tokens.Count, index + 3); k++)
        {
            var word = tokens[k].Text.ToLowerFast();
            if (units.Words.Contains(word) || units.Starts.Any(s => word.StartsWith(s, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<(string, string), (HashSet<string>, string[])> Load()
    {
        var result = new Dictionary<(string, string), (HashSet<string>, string[])>();
        foreach (var line in EmbeddedData.Lines("TranslationQA.Core.Checks.Data.converted-units.tsv"))
        {
            var cells = line.Split('\t');
            var items = cells.Skip(2).ToList();
            result[(cells[0], cells[1])] = (
                new HashSet<string>(items.Where(i => !i.EndsWith('*')), StringComparer.Ordinal),
                [.. items.Where(i => i.EndsWith('*')).Select(i => i[..^1])]);
        }

        return result;
    }
}

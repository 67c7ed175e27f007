namespace TranslationQA.Translation.Offline;

/// <summary>One part of a compound: the dictionary headword it resolves to and the linking element after it.</summary>
/// <param name="Lemma">Dictionary headword, e.g. "Berufung".</param>
/// <param name="Linker">Linking element that followed the part ("s" in Berufung+s+Verfahren), empty if none.</param>
internal sealed record CompoundPart(string Lemma, string Linker);

/// <summary>
/// Splits German compounds into known parts with linking elements (s, es, n, en, er, e). Prefers fewer and longer
/// parts; every part must resolve to a dictionary headword, and the head (last part) may be inflected.
/// </summary>
/// <param name="resolveModifier">Headword for a modifier form (already with case/ending variants tried), or null.</param>
/// <param name="resolveHead">Headword for the head form (inflection allowed), or null.</param>
/// <param name="minPart">Shortest part: 3 for glossing; the spelling rule reads particles of two letters ("um", "zu").</param>
internal sealed class CompoundSplitter(Func<string, string?> resolveModifier, Func<string, string?> resolveHead, int minPart = 3)
{
    /// <summary>German linking elements, and none.</summary>
    internal static readonly string[] Linkers = ["", "s", "es", "n", "en", "er", "e"];

    /// <summary>Best analysis of <paramref name="word"/> into at least two parts, or null when none is plausible.</summary>
    public IReadOnlyList<CompoundPart>? Split(string word)
    {
        var w = word.ToLowerInvariant();
        var n = w.Length;
        if (n < 2 * minPart)
        {
            return null;
        }

        // best[j]: cheapest way to read w[0..j) as modifiers, each with its linker.
        var cost = new double[n + 1];
        var parts = new List<CompoundPart>?[n + 1];
        Array.Fill(cost, double.PositiveInfinity);
        cost[0] = 0;
        parts[0] = [];
        for (var i = 0; i <= n - (2 * minPart); i++)
        {
            if (parts[i] is null)
            {
                continue;
            }

            for (var k = i + minPart; k <= n - minPart; k++)
            {
                var lemma = resolveModifier(w[i..k]);
                if (lemma is null)
                {
                    continue;
                }

                foreach (var linker in Linkers)
                {
                    var j = k + linker.Length;
                    if (j > n - minPart || string.CompareOrdinal(w, k, linker, 0, linker.Length) != 0)
                    {
                        continue;
                    }

                    var c = cost[i] + PartCost(k - i) + (linker.Length > 0 ? 0.3 : 0);
                    if (c < cost[j])
                    {
                        cost[j] = c;
                        parts[j] = [.. parts[i]!, new CompoundPart(lemma, linker)];
                    }
                }
            }
        }

        IReadOnlyList<CompoundPart>? best = null;
        var bestCost = double.PositiveInfinity;
        for (var j = minPart; j <= n - minPart; j++)
        {
            if (parts[j] is null || parts[j]!.Count == 0)
            {
                continue;
            }

            var head = resolveHead(word[j..]);
            var c = head is null ? double.PositiveInfinity : cost[j] + PartCost(n - j);
            if (c < bestCost)
            {
                bestCost = c;
                best = [.. parts[j]!, new CompoundPart(head!, string.Empty)];
            }
        }

        return best;
    }

    /// <summary>True for a non-empty German linking element (s, es, n, en, er, e).</summary>
    public static bool IsLinker(string s) => s.Length > 0 && Linkers.Contains(s, StringComparer.Ordinal);

    /// <summary>Each part costs about 10, so fewer parts always win; within that, longer parts are cheaper.</summary>
    private static double PartCost(int length) => 10 - (0.1 * Math.Min(length, 15)) + (length == 3 ? 2.0 : length == 4 ? 0.5 : 0);
}

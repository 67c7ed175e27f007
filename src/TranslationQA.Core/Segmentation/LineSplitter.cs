namespace TranslationQA.Core.Segmentation;

/// <summary>Finds the sentence boundaries inside one line.</summary>
internal static class LineSplitter
{
    /// <summary>Offsets in <paramref name="line"/> where a new sentence piece starts (ascending).</summary>
    public static IEnumerable<int> Cuts(string line, string lang, SentenceBoundaryRules rules)
    {
        var segmentStart = 0;
        var i = 0;
        while (i < line.Length)
        {
            if (!CharClasses.IsTerminal(line[i]))
            {
                i++;
                continue;
            }

            var runEnd = i;
            while (runEnd < line.Length && CharClasses.IsTerminal(line[runEnd]))
            {
                runEnd++;
            }

            var cut = FindCut(line, lang, rules, i, runEnd, segmentStart);
            if (cut > 0)
            {
                yield return cut;
                segmentStart = cut;
            }

            i = Math.Max(runEnd, cut);
        }
    }

    // Returns the offset where the next sentence begins, or -1 when the mark run at [start, runEnd) is no boundary.
    private static int FindCut(string line, string lang, SentenceBoundaryRules rules, int start, int runEnd, int segmentStart)
    {
        var run = line[start..runEnd];
        if (run.Contains('…') || run.Contains(".."))
        {
            // "[…]" marks an omission inside a quotation, not a sentence end.
            if (start > 0 && line[start - 1] is '[' or '(')
            {
                return -1;
            }
        }

        var k = runEnd;
        var quoteClosed = false;
        while (k < line.Length && CharClasses.IsCloser(line[k]))
        {
            quoteClosed |= CharClasses.IsQuote(line[k]);
            k++;
        }

        if (lang == "fr" && k == runEnd)
        {
            // French closes with a (no-break) space before the guillemet: "… venons. » Puis".
            var s = k;
            while (s < line.Length && CharClasses.IsSpace(line[s]))
            {
                s++;
            }

            if (s > k && s < line.Length && line[s] == '»' && (s + 1 == line.Length || char.IsWhiteSpace(line[s + 1])))
            {
                k = s + 1;
                quoteClosed = true;
            }
        }

        if (k >= line.Length)
        {
            return -1;
        }

        var isPeriod = run == ".";
        if (!CharClasses.IsSpace(line[k]))
        {
            return GluedCut(line, lang, rules, start, runEnd, k, segmentStart, isPeriod && !quoteClosed);
        }

        var next = k;
        while (next < line.Length && CharClasses.IsSpace(line[next]))
        {
            next++;
        }

        if (next >= line.Length || !StartsSentence(line[next]))
        {
            return -1;
        }

        if (isPeriod && !quoteClosed && !rules.PeriodEndsSentence(line, start, segmentStart, next))
        {
            return -1;
        }

        return k;
    }

    private static int GluedCut(string line, string lang, SentenceBoundaryRules rules, int start, int runEnd, int k, int segmentStart, bool checkPeriod)
    {
        // A quote glued on both sides ("gesagt.“Wir") may open the next sentence rather than close this one.
        if (k > runEnd && char.IsLetter(line[k]) && CharClasses.IsGluedOpener(line[k - 1], lang))
        {
            k--;
        }

        if (start == 0 || !(char.IsLetter(line[start - 1]) || CharClasses.IsCloser(line[start - 1])))
        {
            return -1;
        }

        var capitalised = k + 1 < line.Length && char.IsUpper(line[k]) && char.IsLower(line[k + 1]);
        var quoted = k + 1 < line.Length && CharClasses.IsOpener(line[k]) && char.IsLetter(line[k + 1]);
        if (!(capitalised || quoted) || InUrl(line, start))
        {
            return -1;
        }

        return checkPeriod && !rules.PeriodEndsSentence(line, start, segmentStart, k) ? -1 : k;
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || CharClasses.IsOpener(c);

    private static bool InUrl(string line, int at)
    {
        var s = at;
        while (s > 0 && !char.IsWhiteSpace(line[s - 1]))
        {
            s--;
        }

        var e = at;
        while (e < line.Length && !char.IsWhiteSpace(line[e]))
        {
            e++;
        }

        var token = line[s..e];
        return token.Contains("://", StringComparison.Ordinal) || token.Contains('@')
            || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }
}

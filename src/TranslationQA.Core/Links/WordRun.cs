namespace TranslationQA.Core.Links;

/// <summary>
/// A run of compared words without counterpart on one side of a bead: from term <paramref name="First"/> to term
/// <paramref name="Last"/> (function words inside do not break it, a linked compared word does).
/// </summary>
/// <param name="First">Index of the first term.</param>
/// <param name="Last">Index of the last term.</param>
/// <param name="Count">Compared words in the run.</param>
internal readonly record struct WordRun(int First, int Last, int Count);

/// <summary>Finds the runs of unlinked compared words of a bead.</summary>
internal static class WordRuns
{
    /// <summary>Runs of source words without counterpart, in source order.</summary>
    public static List<WordRun> Source(BeadLinks bead) =>
        Find(bead.Source.Count, i => bead.Source[i].IsCompared, bead.IsSourceLinked, i => bead.Source[i].Sentence);

    /// <summary>Runs of German words that render nothing of the source, in German order.</summary>
    public static List<WordRun> Target(BeadLinks bead) =>
        Find(bead.Target.Count, i => bead.Target[i].IsCompared, bead.IsTargetLinked, i => bead.Target[i].Sentence);

    /// <summary>The run with most words, or null when there is none.</summary>
    public static WordRun? Longest(List<WordRun> runs) => runs.Count == 0 ? null : runs.MaxBy(r => r.Count);

    private static List<WordRun> Find(int count, Func<int, bool> compared, Func<int, bool> linked, Func<int, int> sentence)
    {
        var runs = new List<WordRun>();
        int first = -1, last = -1, words = 0;
        for (var i = 0; i < count; i++)
        {
            if (!compared(i))
            {
                continue;
            }

            if (linked(i) || first >= 0 && sentence(i) != sentence(first))
            {
                Close();
            }

            if (!linked(i))
            {
                first = first < 0 ? i : first;
                last = i;
                words++;
            }
        }

        Close();
        return runs;

        void Close()
        {
            if (first >= 0)
            {
                runs.Add(new WordRun(first, last, words));
            }

            (first, last, words) = (-1, -1, 0);
        }
    }
}

using TranslationQA.Core.Diffing;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Links;

/// <summary>
/// The two sequences the diff of a bead compares: the source words in order, and the gloss rearranged into source
/// order where its words are linked. A linked pair shares a key (so it is equal wherever the German put the word),
/// a source word without counterpart and a German word without source get keys of their own (deleted and inserted),
/// and function words and punctuation are copied to both sides (not compared: a lexical gloss cannot tell which
/// German article or preposition renders which). An unlinked German word stands after the source word that its
/// nearest linked German predecessor renders, so additions show where the German put them.
/// </summary>
internal static class LinkedSequence
{
    /// <summary>Source and rearranged gloss sequences of <paramref name="bead"/>.</summary>
    public static (List<DiffToken> Source, List<DiffToken> Gloss) Build(BeadLinks bead, IReadOnlyList<Sentence> sourceSentences)
    {
        var source = new List<DiffToken>();
        var gloss = new List<DiffToken>();
        var inserts = InsertsAfterSource(bead);
        AddInserts(gloss, inserts, -1, bead);
        var previousSentence = -1;
        var end = 0;
        for (var s = 0; s < bead.Source.Count; s++)
        {
            var term = bead.Source[s];
            var text = sourceSentences[term.Sentence].Text;
            if (term.Sentence != previousSentence)
            {
                if (previousSentence >= 0)
                {
                    Copy(source, gloss, $"E{previousSentence}", sourceSentences[previousSentence].Text[end..] + " ");
                }

                previousSentence = term.Sentence;
                end = 0;
            }

            if (term.Offset > end)
            {
                Copy(source, gloss, $"G{term.Sentence}:{end}", text[end..term.Offset]);
            }

            var word = text.Substring(term.Offset, term.Length);
            if (!term.IsCompared)
            {
                Copy(source, gloss, $"F{term.Sentence}:{term.Offset}", word);
            }
            else if (bead.IsSourceLinked(s))
            {
                Copy(source, gloss, $"L{s}", word);
            }
            else
            {
                source.Add(new DiffToken($"S{s}", word));
            }

            end = term.Offset + term.Length;
            AddInserts(gloss, inserts, s, bead);
        }

        if (previousSentence >= 0 && end < sourceSentences[previousSentence].Text.Length)
        {
            Copy(source, gloss, $"E{previousSentence}", sourceSentences[previousSentence].Text[end..]);
        }

        return (source, gloss);
    }

    private static void Copy(List<DiffToken> source, List<DiffToken> gloss, string key, string text)
    {
        var token = new DiffToken(key, text);
        source.Add(token);
        gloss.Add(token);
    }

    private static void AddInserts(List<DiffToken> gloss, Dictionary<int, List<int>> inserts, int after, BeadLinks bead)
    {
        foreach (var g in inserts.GetValueOrDefault(after) ?? [])
        {
            var word = bead.Target[g].Word;
            gloss.Add(new DiffToken($"T{g}", " " + (word.Gloss ?? word.Surface)));
        }
    }

    /// <summary>For each source term index (-1: before all), the unlinked compared German terms to show after it.</summary>
    private static Dictionary<int, List<int>> InsertsAfterSource(BeadLinks bead)
    {
        var result = new Dictionary<int, List<int>>();
        var anchor = -1;
        for (var g = 0; g < bead.Target.Count; g++)
        {
            if (bead.IsTargetLinked(g))
            {
                anchor = bead.OfTarget(g).Max(l => l.Source);
            }
            else if (bead.Target[g].IsCompared)
            {
                (result.TryGetValue(anchor, out var list) ? list : result[anchor] = []).Add(g);
            }
        }

        return result;
    }
}

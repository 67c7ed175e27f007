using System.Text;
using TranslationQA.Core.Model;

namespace TranslationQA.Core.Links;

/// <summary>
/// The source-guided lexical gloss: each German word is rendered by the sense that links it to a word of the aligned
/// source sentence, and by the engine's usual sense otherwise. Every word of the result is a dictionary sense of the
/// German word it stands for, or that word itself; a German sentence unrelated to its source gets no help from it.
/// </summary>
internal static class GuidedGloss
{
    /// <summary>The back-translations with the senses the links chose (sentences outside any linked bead unchanged).</summary>
    public static IReadOnlyList<SentenceBackTranslation> Apply(IReadOnlyList<SentenceBackTranslation> backTranslations, IReadOnlyList<BeadLinks> beads)
    {
        var result = backTranslations.ToArray();
        foreach (var bead in beads)
        {
            var chosen = new Dictionary<WordGloss, string>(ReferenceEqualityComparer.Instance);
            for (var g = 0; g < bead.Target.Count; g++)
            {
                if (bead.ChosenSense(g) is { } sense)
                {
                    chosen[bead.Target[g].Word] = sense;
                }
            }

            if (chosen.Count == 0)
            {
                continue;
            }

            foreach (var t in bead.Pair.Target)
            {
                var words = backTranslations[t].Words.Select(w => chosen.TryGetValue(w, out var s) ? w with { Gloss = s } : w).ToList();
                result[t] = new SentenceBackTranslation(Render(words), words);
            }
        }

        return result;
    }

    /// <summary>The gloss text in German word order, spaced where the German was.</summary>
    private static string Render(List<WordGloss> words)
    {
        var text = new StringBuilder();
        var previousEnd = 0;
        foreach (var w in words)
        {
            if (text.Length > 0 && w.Offset > previousEnd)
            {
                text.Append(' ');
            }

            text.Append(w.Gloss ?? w.Surface);
            previousEnd = w.Offset + w.Length;
        }

        return text.ToString();
    }
}

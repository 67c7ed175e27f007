using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Evaluation;

/// <summary>
/// How many source content words a bead's diff marks as without counterpart (Deleted): the measure of issue 13, read
/// from the same diff that report.json carries. Content words: words of letters outside NLTK's English stop-word list.
/// </summary>
public static class DiffGaps
{
    private static readonly HashSet<string> FunctionWords =
        new(EmbeddedData.Lines("TranslationQA.Core.Evaluation.Data.english-function-words.txt"), StringComparer.Ordinal);

    /// <summary>Content words of the source of the aligned beads (1:1, 1:2, 2:1) and how many of them are in Deleted pieces.</summary>
    public static (int Content, int WithoutCounterpart) Count(ArticleAnalysis analysis)
    {
        int content = 0, gaps = 0;
        for (var p = 0; p < analysis.Pairs.Count && p < analysis.Diffs.Count; p++)
        {
            if (analysis.Pairs[p].Kind is not (BeadKind.OneToOne or BeadKind.OneToTwo or BeadKind.TwoToOne))
            {
                continue;
            }

            content += analysis.Pairs[p].Source.Sum(i => ContentWords(analysis.SourceSentences[i].Text));
            gaps += analysis.Diffs[p].Pieces.Where(d => d.Operation == DiffOperation.Deleted).Sum(d => ContentWords(d.Text));
        }

        return (content, gaps);
    }

    /// <summary>Content words in <paramref name="text"/>.</summary>
    public static int ContentWords(string text)
    {
        var count = 0;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Type == TokenType.Word && token.Text.All(c => char.IsLetter(c) || c is '\'' or '’' or '-')
                && !FunctionWords.Contains(token.Text.ToLowerFast().Replace('’', '\'')))
            {
                count += token.Text.Split('-', StringSplitOptions.RemoveEmptyEntries).Length;
            }
        }

        return count;
    }

    /// <summary>
    /// The chance that a bad item ranks above a good one by <paramref name="score"/> (ties count half): the area under
    /// the ROC curve, by the Mann-Whitney rank sum.
    /// </summary>
    public static double Auc(IReadOnlyList<(bool Bad, double Score)> items)
    {
        var ranked = items.OrderBy(i => i.Score).ToList();
        double rankSum = 0;
        for (var i = 0; i < ranked.Count;)
        {
            var j = i;
            while (j < ranked.Count && ranked[j].Score == ranked[i].Score)
            {
                j++;
            }

            var meanRank = (i + j + 1) / 2.0;
            rankSum += meanRank * ranked.Skip(i).Take(j - i).Count(r => r.Bad);
            i = j;
        }

        double bad = ranked.Count(r => r.Bad), good = ranked.Count - bad;
        return bad == 0 || good == 0 ? 0.5 : (rankSum - (bad * (bad + 1) / 2)) / (bad * good);
    }
}

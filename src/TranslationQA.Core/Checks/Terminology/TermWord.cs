using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Terminology;

/// <summary>A word of a sentence as the term matcher sees it.</summary>
/// <param name="Surface">The word as written.</param>
/// <param name="Offset">Its offset in the sentence.</param>
/// <param name="Lemma">
/// The engine's lemma or compound analysis of a German word ("Telefonat" for "Telefonats", "Berufung+s+Verfahren"):
/// the offline engine's Hunspell stems, Ding base forms and compound splitter; null when the engine gives none.
/// </param>
internal readonly record struct TermWord(string Surface, int Offset, string? Lemma)
{
    /// <summary>The words of target sentence <paramref name="sentence"/>, each with the engine's lemma where it gave one.</summary>
    public static TermWord[] Target(ArticleContext context, int sentence)
    {
        var glosses = context.Analysis.BackTranslations is { } bt && sentence < bt.Count ? bt[sentence].Words : [];
        var lemmas = new Dictionary<int, string>();
        foreach (var g in glosses)
        {
            if (g.Lemma is { } lemma)
            {
                lemmas.TryAdd(g.Offset, lemma);
            }
        }

        return [.. context.TargetTokens[sentence].Where(t => t.Type == TokenType.Word)
            .Select(t => new TermWord(t.Text, t.Offset, lemmas.GetValueOrDefault(t.Offset)))];
    }

    /// <summary>
    /// Every written form and stem of <paramref name="words"/> a whole-word term can match (lower case, hyphenated parts
    /// and the word without hyphens, the engine's lemma), for <see cref="TermPattern.MayOccur"/>.
    /// </summary>
    public static HashSet<string> Keys(IEnumerable<TermWord> words, string lang)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var lower = Stemmer.StripElision(word.Surface.ToLowerInvariant());
            var pieces = lower.Split('-');
            string[] forms = pieces.Length == 1 ? [lower] : [lower, string.Concat(pieces), .. pieces];
            foreach (var form in word.Lemma is { } lemma && !lemma.Contains('+', StringComparison.Ordinal) ? [.. forms, lemma.ToLowerInvariant()] : forms)
            {
                keys.Add(form);
                keys.Add(Stemmer.Stem(form, lang));
            }
        }

        return keys;
    }

    /// <summary>The words of source sentence <paramref name="sentence"/>.</summary>
    public static TermWord[] Source(ArticleContext context, int sentence) =>
        [.. context.SourceTokens[sentence].Where(t => t.Type == TokenType.Word).Select(t => new TermWord(t.Text, t.Offset, null))];
}

using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Names;

/// <summary>
/// Part of TQA005, against the source: a German word one edit away from a name of the aligned source sentence ("Anthony" for
/// "Antony", "Barbock" for "Baerbock", "Wising" for "Wissing"), where the name itself is not in the German sentence and
/// the edit is not one that German transliteration of Cyrillic names makes (v/w, y/j/i, z/s, c/k, sh/sch, a doubled letter).
/// </summary>
public static class SourceNameSpelling
{
    private const int MinLength = 5;

    /// <summary>Findings of rule <see cref="Rules.NameSpelling"/> for target words misspelling a source name.</summary>
    public static IEnumerable<Finding> Find(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        foreach (var pair in analysis.Pairs.Where(p => p.Source.Count > 0 && p.Target.Count > 0))
        {
            var names = pair.Source.SelectMany(s => context.SourceTokens[s].Select((t, i) => (Tokens: context.SourceTokens[s], Index: i)))
                .Where(x => NameCandidates.IsName(x.Tokens, x.Index, context.SourceLang, context.SourceCapitalisedMidSentence))
                .Select(x => StripPossessive(Stemmer.StripElision(x.Tokens[x.Index].Text)))
                .Where(n => n.Length >= MinLength && NameKey.GermanForm(n) is null)
                .Distinct(StringComparer.Ordinal).ToList();
            var targets = pair.Target.SelectMany(t => context.TargetTokens[t].Where(k => k.Type == TokenType.Word && k.IsCapitalised).Select(k => (Sentence: t, Token: k))).ToList();
            foreach (var name in names)
            {
                if (targets.Any(t => t.Token.Text.StartsWith(name, StringComparison.Ordinal)))
                {
                    continue;
                }

                foreach (var (sentence, token) in targets.Where(t => IsMisspelling(name, t.Token.Text)))
                {
                    yield return context.Finding(Rules.NameSpelling, sentence, token.Offset, token.Length,
                        $"\"{token.Text}\" is spelt \"{name}\" in the source.", Severity.Major, name, sourceSentence: pair.Source[0], evidence: "source");
                }
            }
        }
    }

    /// <summary>True when <paramref name="german"/> is one non-transliteration edit away from <paramref name="name"/>.</summary>
    public static bool IsMisspelling(string name, string german)
    {
        if (german.Length < MinLength || char.ToUpperInvariant(name[0]) != char.ToUpperInvariant(german[0])
            || EditDistance.Damerau(name, german, 1) != 1)
        {
            return false;
        }

        // German transliteration doubles letters ("Rasul" → "Rassul"), it never drops a double the source wrote: a lost
        // double ("Wissing" as "Wising", "Passau" as "Pasau") is a misspelling even where the folding calls it equal.
        return LostDouble(name, german) || Normalise(name) != Normalise(german);
    }

    /// <summary>True when <paramref name="german"/> is <paramref name="name"/> with one letter of a double left out.</summary>
    private static bool LostDouble(string name, string german)
    {
        if (german.Length != name.Length - 1)
        {
            return false;
        }

        for (var i = 0; i + 1 < name.Length; i++)
        {
            if (char.ToLowerInvariant(name[i]) == char.ToLowerInvariant(name[i + 1]))
            {
                return string.Equals(name.Remove(i, 1), german, StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    /// <summary>Folds the spelling differences German transliteration makes, so only other edits remain.</summary>
    private static string Normalise(string word)
    {
        var w = word.ToLowerFast().Replace("sch", "sh", StringComparison.Ordinal).Replace("tsch", "ch", StringComparison.Ordinal)
            .Replace('v', 'w').Replace('y', 'i').Replace('j', 'i').Replace('z', 's').Replace('c', 'k').Replace("ou", "u", StringComparison.Ordinal);
        var folded = new System.Text.StringBuilder(w.Length);
        foreach (var ch in w)
        {
            // Only the doubles transliteration makes (Zelenskyy/Selenskyj, ss for z) fold; "Mäkkinen" for "Mäkinen" stays an error.
            if (folded.Length == 0 || folded[^1] != ch || ch is not ('i' or 's'))
            {
                folded.Append(ch);
            }
        }

        return folded.ToString();
    }

    private static string StripPossessive(string name) =>
        name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal) ? name[..^2] : name;
}

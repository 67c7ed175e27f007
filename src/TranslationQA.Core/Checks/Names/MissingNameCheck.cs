using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Names;

/// <summary>
/// TQA003: a name of the source sentence that appears in no spelling (German transliteration allowed) in the
/// aligned German sentences and is not covered by any gloss either.
/// </summary>
public sealed class MissingNameCheck : ICheck
{
    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.MissingName;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        var lang = context.SourceLang;
        foreach (var pair in analysis.Pairs.Where(p => p.Source.Count > 0 && p.Target.Count > 0))
        {
            var targetKeys = TargetKeys(context, pair);
            var glossStems = new Lazy<HashSet<string>>(() => GlossStems(analysis, pair, lang));
            foreach (var s in pair.Source)
            {
                var tokens = context.SourceTokens[s];
                for (var i = 0; i < tokens.Count; i++)
                {
                    if (!NameCandidates.IsName(tokens, i, lang, context.SourceCapitalisedMidSentence))
                    {
                        continue;
                    }

                    var name = Stemmer.StripElision(tokens[i].Text);
                    if (Rendered(name) || CapitalisedParts(name) is { Count: > 0 } parts && parts.TrueForAll(Rendered))
                    {
                        continue;
                    }

                    var sentence = analysis.TargetSentences[pair.Target[0]];
                    yield return context.Finding(Rule, sentence.Span.Offset, sentence.Span.Length,
                        $"The source name \"{name}\" does not appear in the German sentence.", sourceText: name, sourceSentence: s);
                }
            }

            // Spelt in the German (transliteration allowed) or translated, as names of institutions are ("Rotes Kreuz").
            bool Rendered(string name) => IsSpelledIn(targetKeys, NameKey.Of(name)) || glossStems.Value.Contains(Stemmer.Stem(name, lang));
        }
    }

    /// <summary>
    /// The capitalised word parts of a hyphenated name: "Croix-Rouge" is rendered when both parts are ("Rotes Kreuz"),
    /// "Seattle-based" when "Seattle" is; "F-35" has none, so it must be found whole.
    /// </summary>
    private static List<string> CapitalisedParts(string name) =>
        name.Contains('-', StringComparison.Ordinal) || name.Contains('\u2011', StringComparison.Ordinal)
            ? [.. name.Split(['-', '\u2011'], StringSplitOptions.RemoveEmptyEntries).Where(part => part.Length >= 2 && char.IsUpper(part[0]) && part.Any(char.IsLower))]
            : [];

    /// <summary>
    /// The name keys of the German words of the bead (hyphen parts included, each also without a genitive -s): the
    /// keys are what NameKey.Same compares, so they are computed once per bead instead of once per name and word.
    /// </summary>
    private static HashSet<string> TargetKeys(ArticleContext context, AlignedPair pair)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in pair.Target)
        {
            foreach (var token in context.TargetTokens[t])
            {
                if (token.Type != TokenType.Word)
                {
                    continue;
                }

                if (token.Text.AsSpan().IndexOfAny('-', '‑') >= 0)
                {
                    foreach (var part in token.Text.Split('-', '‑'))
                    {
                        AddKeys(keys, part);
                    }
                }

                AddKeys(keys, token.Text);
            }
        }

        return keys;
    }

    private static void AddKeys(HashSet<string> keys, string word)
    {
        if (word.Length > 1)
        {
            keys.Add(NameKey.Of(word));
            keys.Add(NameKey.Of(StripGenitive(word)));
        }
    }

    /// <summary>The test of NameKey.Same against every German word: equal keys, or one edit apart for keys of 6+ letters.</summary>
    private static bool IsSpelledIn(HashSet<string> targetKeys, string key)
    {
        if (targetKeys.Contains(key))
        {
            return true;
        }

        foreach (var k in targetKeys)
        {
            if (Math.Min(k.Length, key.Length) >= 6 && EditDistance.Damerau(k, key, 1) <= 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Stems of the words of every gloss of the bead: only needed for a name not found by spelling.</summary>
    private static HashSet<string> GlossStems(ArticleAnalysis analysis, AlignedPair pair, string lang) =>
        pair.Target.SelectMany(t => analysis.BackTranslations[t].Words).SelectMany(w => w.Glosses.Append(w.Gloss ?? ""))
            .SelectMany(g => g.Split(' ', '-')).Where(g => g.Length > 0).Select(g => Stemmer.Stem(g, lang)).ToHashSet();

    private static string StripGenitive(string w) => w.Length > 4 && w.EndsWith('s') ? w[..^1] : w;
}

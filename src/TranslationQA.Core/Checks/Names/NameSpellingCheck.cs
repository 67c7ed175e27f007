using TranslationQA.Core.Model;
using TranslationQA.Core.Segmentation;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Names;

/// <summary>
/// TQA005: one name spelt two ways in the article (Blinken/Blinkin, Psaki/Paski, Selenskyj/Zelensky): near-identical
/// capitalised names (one or two edits, same transliteration key or same initial), the rarer spelling flagged, and
/// an acronym written two ways (NATO/Nato). Works without a source; within the article an inconsistency is a minor
/// spelling slip, while a name misspelt against the source (major) misleads about who is meant.
/// </summary>
public sealed class NameSpellingCheck : ICheck
{
    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.NameSpelling;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        var occurrences = new Dictionary<string, List<Occurrence>>(StringComparer.Ordinal);
        var inFullName = new HashSet<string>(StringComparer.Ordinal);
        var inProse = new HashSet<string>(StringComparer.Ordinal);
        var known = new HashSet<string>(StringComparer.Ordinal);
        // A repeated caption or teaser must not make its spelling the majority: each distinct sentence counts once.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < context.TargetTokens.Count; s++)
        {
            if (context.IsResidueLine(analysis.TargetSentences[s].Line))
            {
                continue;
            }

            var counted = seen.Add(analysis.TargetSentences[s].Text);
            var prose = IsProse(analysis.TargetSentences[s].Text);
            var words = analysis.BackTranslations.Count > s ? analysis.BackTranslations[s].Words : [];
            var tokens = context.TargetTokens[s];
            for (var k = 0; k < tokens.Count; k++)
            {
                var t = tokens[k];
                if (t.Type != TokenType.Word || !t.IsCapitalised || t.Length < 4 || t.Text.Contains('-', StringComparison.Ordinal)
                    || t.Text.All(char.IsUpper) || !MayBeName(words, t))
                {
                    continue;
                }

                if (words.Any(w => w.Offset == t.Offset && w.Kind == TokenKind.Name))
                {
                    known.Add(t.Text);
                }

                if (!occurrences.TryGetValue(t.Text, out var list))
                {
                    occurrences[t.Text] = list = [];
                }

                list.Add(new Occurrence(s, t.Offset, t.Length, counted));
                if (k > 0 && IsNameLike(tokens[k - 1]) || k + 1 < tokens.Count && IsNameLike(tokens[k + 1]))
                {
                    inFullName.Add(t.Text);
                }

                if (prose)
                {
                    inProse.Add(t.Text);
                }
            }
        }

        // With a source, a name misspelt against it is wrong however often the article repeats the misspelling.
        var flagged = new HashSet<int>();
        foreach (var finding in SourceNameSpelling.Find(analysis))
        {
            flagged.Add(finding.Span.Offset);
            yield return finding;
        }

        var names = occurrences.Keys.ToList();
        var counts = names.ToDictionary(n => n, n => occurrences[n].Count(o => o.Counted), StringComparer.Ordinal);
        var keys = names.ToDictionary(n => n, NameKey.Of, StringComparer.Ordinal);
        foreach (var rare in names)
        {
            var common = names.Where(c => c != rare && IsReference(c, rare) && IsVariant(c, rare, keys[c], keys[rare], known.Contains(c) || known.Contains(rare)))
                .OrderByDescending(c => counts[c]).FirstOrDefault();
            if (common is null)
            {
                continue;
            }

            foreach (var (sentence, offset, length, _) in occurrences[rare].Where(o => !flagged.Contains(analysis.TargetSentences[o.Sentence].Span.Offset + o.Offset)))
            {
                yield return context.Finding(Rule, sentence, offset, length,
                    $"\"{rare}\" is spelt \"{common}\" elsewhere in the article ({counts[common]}x).", Severity.Minor, common);
            }
        }

        foreach (var finding in AcronymCase.Find(context, Rule))
        {
            yield return finding;
        }

        // The commoner spelling is the reference; on a tie, the one written in a full name ("Jen Psaki" over "sagte
        // Paski"), then the one written in running text over one found only in captions and alt texts.
        bool IsReference(string c, string rare) =>
            counts[c] > counts[rare]
            || counts[c] == counts[rare] && (inFullName.Contains(c) && !inFullName.Contains(rare)
                || inFullName.Contains(c) == inFullName.Contains(rare) && inProse.Contains(c) && !inProse.Contains(rare));
    }

    private readonly record struct Occurrence(int Sentence, int Offset, int Length, bool Counted);

    /// <summary>A sentence of running text ends with a full stop, question or exclamation mark (a caption does not).</summary>
    private static bool IsProse(string sentence) => CharClasses.EndsWithStop(sentence.TrimEnd('"', '“', '”', '«', '»', '\'', ' ', ')'));

    /// <summary>True when two spellings are likely the same name, not two inflected forms of one word.</summary>
    public static bool IsVariant(string a, string b, bool knownName = false) => IsVariant(a, b, NameKey.Of(a), NameKey.Of(b), knownName);

    private static bool IsVariant(string a, string b, string keyA, string keyB, bool knownName)
    {
        if (Math.Abs(a.Length - b.Length) > 3 && keyA.Length != keyB.Length)
        {
            return false;
        }

        if (IsInflection(a, b) || IsInflection(b, a))
        {
            return false;
        }

        if (keyA == keyB)
        {
            return true;
        }

        if (char.ToUpperInvariant(a[0]) != char.ToUpperInvariant(b[0]) || Math.Min(a.Length, b.Length) < 5)
        {
            return false;
        }

        var distance = EditDistance.Damerau(a, b, 2);
        return distance == 1 || distance == 2 && knownName && Math.Min(a.Length, b.Length) >= 8;
    }

    private static bool IsInflection(string stem, string form)
    {
        if (!form.StartsWith(stem, StringComparison.Ordinal))
        {
            return false;
        }

        return form[stem.Length..] is "s" or "es" or "n" or "en" or "e" or "er" or "ern" or "em" or "ns" or "r" or "in" or "innen" or "ens" or "nen";
    }

    private static bool IsNameLike(Token t) => t.Type == TokenType.Word && t.IsCapitalised && t.Length >= 2;

    /// <summary>True when the engine did not read <paramref name="t"/> as a common word (no gloss, a name or unknown).</summary>
    internal static bool MayBeName(IReadOnlyList<WordGloss> words, Token t)
    {
        var gloss = words.FirstOrDefault(w => w.Offset == t.Offset);
        return gloss is null || gloss.Kind is TokenKind.Name or TokenKind.Unknown;
    }
}

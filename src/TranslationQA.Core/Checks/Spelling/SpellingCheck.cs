using TranslationQA.Core.Model;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Spelling;

/// <summary>
/// TQA030: a German word the spelling dictionary rejects after its inflection and compound rules, that is not a name,
/// a number, an acronym, an address or a word of the source, and that is one edit from a dictionary word: the
/// correction is the evidence. An unknown word with no word that near is a name or a term the dictionary lacks far
/// more often than a typo ("Aischylos", "Hydroxychloroquin"; most typos are one edit, Damerau 1964). A hyphenated word
/// is judged whole first, then part by part; a piece of a number or a truncated compound ("50-iger", "Bundes- und") is
/// not judged, nor a word the engine's own lexicon read as a headword or an inflection of one (the offline engine's
/// Ding knows words Hunspell lacks: "Militanz", "Inspizierung"; a compound analysis there does not count). Sentences that are not German and page-residue lines are left to TQA011 and TQA012.
/// </summary>
public sealed class SpellingCheck(ISpellingDictionary dictionary) : ICheck
{
    /// <summary>Suggestions shown with a finding.</summary>
    private const int MaxSuggestions = 3;

    /// <inheritdoc />
    public RuleDescriptor Rule => Rules.Spelling;

    /// <inheritdoc />
    public IEnumerable<Finding> Run(ArticleAnalysis analysis)
    {
        var context = ArticleContext.For(analysis);
        var sourceWords = SpellingCandidates.SourceWords(context);
        // A misspelling is reported where it first occurs: the same word again is the same correction.
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t < analysis.TargetSentences.Count; t++)
        {
            var sentence = analysis.TargetSentences[t];
            if (context.IsResidueLine(sentence.Line) || context.IsAllCapitals(t) || context.ForeignLanguage(t) is not null)
            {
                continue;
            }

            var lexicon = KnownToLexicon(analysis.BackTranslations[t].Words);
            foreach (var token in context.TargetTokens[t])
            {
                if (token.Type != TokenType.Word || token.Text.Contains('\'') || token.Text.Contains('’') || IsPiece(sentence.Text, token)
                    || lexicon.Contains(token.Offset) || dictionary.IsCorrect(token.Text))
                {
                    continue;
                }

                foreach (var (offset, part) in Parts(token))
                {
                    if (!reported.Contains(part) && IsMisspelt(sentence.Text, part, offset, sourceWords) is { } suggestions && reported.Add(part))
                    {
                        yield return context.Finding(Rule, t, offset, part.Length, Message(part, suggestions));
                    }
                }
            }
        }
    }

    /// <summary>The corrections of <paramref name="part"/> when it is a misspelling, null when it is not.</summary>
    private IReadOnlyList<string>? IsMisspelt(string text, string part, int offset, IReadOnlySet<string> sourceWords)
    {
        if (!SpellingCandidates.IsCandidate(text, part, offset, sourceWords) || dictionary.IsCorrect(part)
            // An abbreviation the dictionary lists with its full stop ("Nr.", "bzw.").
            || offset + part.Length < text.Length && text[offset + part.Length] == '.' && dictionary.IsCorrect(part + "."))
        {
            return null;
        }

        var suggestions = dictionary.Suggest(part, MaxSuggestions);
        return suggestions.Count > 0 ? suggestions : null;
    }

    /// <summary>Offsets of the words the engine glossed from a lexicon entry (not a compound analysis, not a name).</summary>
    private static HashSet<int> KnownToLexicon(IReadOnlyList<WordGloss> words) =>
        [.. words.Where(w => w.Kind == TokenKind.Word && w.Lemma is { } lemma && !lemma.Contains('+') && !w.Surface.Contains('-')).Select(w => w.Offset)];

    /// <summary>True for a token glued to a number or a hyphen outside it: "50-iger", "Bundes-" in "Bundes- und Landesebene".</summary>
    private static bool IsPiece(string text, Token token) =>
        token.Offset > 0 && (text[token.Offset - 1] is '-' or '‑' || char.IsDigit(text[token.Offset - 1]))
        || token.End < text.Length && text[token.End] is '-' or '‑';

    /// <summary>The token itself, or the parts of a hyphenated one ("Konföderierten-Denkmal"), with their offsets in the sentence.</summary>
    private static IEnumerable<(int Offset, string Part)> Parts(Token token)
    {
        var start = 0;
        for (var i = 0; i <= token.Text.Length; i++)
        {
            if (i == token.Text.Length || token.Text[i] is '-' or '‑')
            {
                if (i > start)
                {
                    yield return (token.Offset + start, token.Text[start..i]);
                }

                start = i + 1;
            }
        }
    }

    private static string Message(string word, IReadOnlyList<string> suggestions) =>
        $"„{word}“ is not in the German dictionary (Hunspell de_DE), inflected or compounded; did you mean {string.Join(" or ", suggestions.Select(s => $"„{s}“"))}?";
}

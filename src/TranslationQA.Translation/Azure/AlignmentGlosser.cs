using System.Text.RegularExpressions;
using TranslationQA.Core.Model;
using TranslationQA.Translation.Http;

namespace TranslationQA.Translation.Azure;

/// <summary>
/// Turns a machine translation plus its word alignment into per-token <see cref="WordGloss"/> entries:
/// each German token gets the English text its characters are aligned to.
/// </summary>
internal static partial class AlignmentGlosser
{
    /// <summary>One entry per German token of <paramref name="sentence"/>; tokens without alignment get no gloss.</summary>
    public static IReadOnlyList<WordGloss> Build(string sentence, string translation, IReadOnlyList<SpanLink> links)
    {
        var glosses = new List<WordGloss>();
        foreach (Match token in Token().Matches(sentence))
        {
            var (start, end) = (token.Index, token.Index + token.Length - 1);
            var targets = links
                .Where(l => l.SourceStart <= end && l.SourceEnd >= start)
                .Where(l => l.TargetStart >= 0 && l.TargetEnd < translation.Length)
                .Select(l => (l.TargetStart, l.TargetEnd))
                .Distinct()
                .OrderBy(t => t.TargetStart)
                .Select(t => translation[t.TargetStart..(t.TargetEnd + 1)])
                .ToList();
            var gloss = targets.Count == 0 ? null : string.Join(' ', targets);
            var kind = KindOf(token.Value, token.Index, gloss);
            glosses.Add(new WordGloss(
                token.Index,
                token.Length,
                token.Value,
                kind,
                gloss,
                gloss is null ? [] : [gloss.ToLowerInvariant()]));
        }

        return glosses;
    }

    private static TokenKind KindOf(string surface, int offset, string? gloss)
    {
        if (!char.IsLetterOrDigit(surface[0]))
        {
            return TokenKind.Punctuation;
        }

        if (char.IsDigit(surface[0]))
        {
            return TokenKind.Number;
        }

        if (gloss is null)
        {
            return TokenKind.Unknown;
        }

        // A capitalised word the service passed through unchanged mid-sentence is a name (German nouns get translated).
        return offset > 0 && char.IsUpper(surface[0]) && string.Equals(gloss, surface, StringComparison.Ordinal)
            ? TokenKind.Name
            : TokenKind.Word;
    }

    // Words (with inner hyphens/apostrophes), numbers with separators, or single punctuation marks.
    [GeneratedRegex(@"\p{L}[\p{L}\p{M}\p{Nd}]*(?:[-'’]\p{L}[\p{L}\p{M}\p{Nd}]*)*|\p{Nd}+(?:[.,:]\p{Nd}+)*|[^\s\p{L}\p{Nd}]")]
    private static partial Regex Token();
}

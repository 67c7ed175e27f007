using System.Text.RegularExpressions;

namespace TranslationQA.Core.Segmentation;

/// <summary>Decides whether a period ends a sentence, given the words around it.</summary>
internal sealed partial class SentenceBoundaryRules
{
    private readonly IReadOnlyList<(string Text, AbbreviationKind Kind)> _abbreviations;
    private readonly string _lang;

    /// <summary>Rules for <paramref name="lang"/> (de, en, fr; anything else gets the union of the lists).</summary>
    public SentenceBoundaryRules(string lang)
    {
        _lang = lang;
        _abbreviations = SegmenterLexicon.Abbreviations(lang);
    }

    /// <summary>True when the period at <paramref name="dot"/> ends a sentence whose next one starts at <paramref name="next"/>.</summary>
    public bool PeriodEndsSentence(string line, int dot, int segmentStart, int next)
    {
        var nextWord = WordAt(line, next);
        var abbreviation = MatchAbbreviation(line, dot);
        if (abbreviation is { } kind)
        {
            return kind switch
            {
                AbbreviationKind.Never => false,
                AbbreviationKind.BeforeDigit => next >= line.Length || !char.IsDigit(line[next]),
                _ => true,
            };
        }

        var wordStart = dot;
        while (wordStart > 0 && !char.IsWhiteSpace(line[wordStart - 1]) && !CharClasses.IsOpener(line[wordStart - 1]))
        {
            wordStart--;
        }

        var word = line[wordStart..dot];
        if (word.Length > 0 && word.All(char.IsDigit))
        {
            return NumberEndsSentence(line, wordStart, segmentStart, nextWord);
        }

        if (DottedAcronym().IsMatch(word))
        {
            // "in the U.S. The ..." ends a sentence, "U.S. President" does not: only typical openers decide.
            return SegmenterLexicon.IsTypicalOpener(nextWord);
        }

        // Initials ("Joe R. Biden", "M. Macron") and list letters.
        return !(word.Length == 1 && char.IsLetter(word[0]));
    }

    private bool NumberEndsSentence(string line, int numberStart, int segmentStart, string nextWord)
    {
        // "1. Die Regierung ..." at the start of a segment is an enumeration, not a sentence of its own.
        if (line[segmentStart..numberStart].All(c => char.IsWhiteSpace(c) || CharClasses.IsOpener(c)))
        {
            return false;
        }

        if (_lang != "de")
        {
            return true;
        }

        if (SegmenterLexicon.IsGermanMonth(nextWord))
        {
            return false;
        }

        return !SegmenterLexicon.IsGermanOrdinalLead(WordBefore(line, numberStart));
    }

    private AbbreviationKind? MatchAbbreviation(string line, int dot)
    {
        var head = line.AsSpan(0, dot + 1);
        foreach (var (text, kind) in _abbreviations)
        {
            if (head.EndsWith(text, StringComparison.Ordinal))
            {
                var start = head.Length - text.Length;
                if (start == 0 || !char.IsLetterOrDigit(line[start - 1]))
                {
                    return kind;
                }
            }
        }

        return null;
    }

    /// <summary>The word starting at <paramref name="index"/>, skipping opening quotes.</summary>
    public static string WordAt(string line, int index)
    {
        var start = index;
        while (start < line.Length && CharClasses.IsOpener(line[start]))
        {
            start++;
        }

        var end = start;
        while (end < line.Length && char.IsLetter(line[end]))
        {
            end++;
        }

        return line[start..end];
    }

    private static string WordBefore(string line, int index)
    {
        var end = index;
        while (end > 0 && char.IsWhiteSpace(line[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(line[start - 1]))
        {
            start--;
        }

        return line[start..end];
    }

    [GeneratedRegex(@"^(\p{L}{1,3}\.-?)+\p{L}{1,3}$")]
    private static partial Regex DottedAcronym();
}

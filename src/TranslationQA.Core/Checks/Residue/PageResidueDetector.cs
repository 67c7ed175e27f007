using TranslationQA.Core.Segmentation;
using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Residue;

/// <summary>A residue line: where it is and why it is not article content.</summary>
public sealed record ResidueLine(int Line, int Offset, int Length, string Reason)
{
    /// <summary>The whole of <paramref name="line"/> without surrounding white space, flagged for <paramref name="reason"/>.</summary>
    public static ResidueLine For(TextLine line, string reason)
    {
        var (offset, length) = line.TrimmedSpan();
        return new ResidueLine(line.Number, offset, length, reason);
    }
}

/// <summary>
/// Finds lines of web-page boilerplate in any of de/en/fr/nl: widget vocabulary at the start of a line
/// (comment forms, ads, read-more links, share/translate widgets, player messages, author boxes, credits,
/// publish stubs) and structural shapes (pipe-separated credits, camel-glued breadcrumbs, date-only lines,
/// lone punctuation, ISO date-time dumps).
/// </summary>
public static class PageResidueDetector
{
    private const string WidgetReason = "page widget";

    /// <summary>Residue lines of <paramref name="text"/> (lines separated by \n).</summary>
    public static IReadOnlyList<ResidueLine> Find(string text)
    {
        var result = new List<ResidueLine>();
        TextLine? previous = null;
        var previousIsResidue = false;
        var contentLines = 0;
        foreach (var line in TextLines.Enumerate(text))
        {
            var trimmed = line.Text.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            var reason = Classify(trimmed);
            // A short title line right above a widget is the widget's heading ("CNBC Politics" over "Read more of ...");
            // above a credit or a date line it is more likely a subheading of the article.
            if (reason is not null && reason.StartsWith(WidgetReason, StringComparison.Ordinal) && previous is { } heading && !previousIsResidue
                && contentLines > 1 && IsWidgetHeading(heading.Text.Trim()))
            {
                result.Add(ResidueLine.For(heading, "heading of the page widget below it"));
            }

            if (reason is not null)
            {
                result.Add(ResidueLine.For(line, reason));
            }
            else
            {
                contentLines++;
            }

            (previous, previousIsResidue) = (line, reason is not null);
        }

        return result;
    }

    /// <summary>
    /// One to three words, capitalised, without a sentence end or a number: a label, not a sentence (an author's
    /// initials such as "asc/dpa" are lower case).
    /// </summary>
    private static bool IsWidgetHeading(string line)
    {
        var tokens = Tokenizer.Tokenize(line);
        var words = tokens.Count(t => t.Type == TokenType.Word);
        return words is >= 1 and <= 3 && char.IsUpper(line[0]) && tokens.All(t => t.Type != TokenType.Number)
            && !CharClasses.EndsWithStop(line);
    }

    /// <summary>Why <paramref name="line"/> (trimmed) is residue, or null when it may be content.</summary>
    public static string? Classify(string line)
    {
        var lower = line.ToLowerFast().TrimStart('-', '–', '—', '•', '*', ' ', '>', '»');
        foreach (var prefix in ResidueVocabulary.LinePrefixes)
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal))
            {
                return $"{WidgetReason} or link (\"{prefix}\")";
            }
        }

        var tokens = Tokenizer.Tokenize(line);
        var words = tokens.Where(t => t.Type == TokenType.Word).ToList();
        if (words.Count <= 4)
        {
            var bare = lower.TrimEnd(' ', '-', '–', '—', ':', '!', '.', '»', '›');
            if (ResidueVocabulary.ShortLines.Contains(bare))
            {
                return $"{WidgetReason} (\"{bare}\")";
            }
        }

        if (WidgetPrompts.Classify(lower, words.Count) is { } widget)
        {
            return widget;
        }

        if (!tokens.Any(t => t.Type != TokenType.Punct) && line.Length <= 5)
        {
            return "stray punctuation line";
        }

        return Structural(line, tokens, words);
    }

    private static string? Structural(string line, List<Token> tokens, List<Token> words)
    {
        var pipes = line.Split(" | ");
        if (pipes.Length >= 2 && words.Count <= 12 && !line.EndsWith('.') && pipes.All(p => p.Trim().Length is > 1 and <= 60))
        {
            return "photo or source credit line";
        }

        if (words.Count > 0 && CamelJoins(words[0].Text) >= 2)
        {
            return "breadcrumb navigation glued into one word";
        }

        var numbers = tokens.Count(t => t.Type == TokenType.Number);
        if (words.Count <= 3 && numbers >= 1 && words.Count >= 1 && words.All(w => ResidueVocabulary.CalendarWords.Contains(w.Text.ToLowerFast())))
        {
            return "date line of the web page";
        }

        if (words.Count <= 25 && tokens.Any(t => t.Type == TokenType.Number && IsIsoDate(t.Text)))
        {
            return "publishing time stamp";
        }

        return null;
    }

    /// <summary>Lower-case letter directly followed by an upper-case letter inside one word ("StartPolitik").</summary>
    public static int CamelJoins(string word)
    {
        var joins = 0;
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1]))
            {
                joins++;
            }
        }

        return joins;
    }

    private static bool IsIsoDate(string s) =>
        s.Length >= 10 && char.IsDigit(s[0]) && s[4] == '-' && s[7] == '-' && char.IsDigit(s[5]) && char.IsDigit(s[8]);
}

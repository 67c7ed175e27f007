using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Names;

/// <summary>Tells proper names from capitalised common words in source sentences.</summary>
internal static class NameCandidates
{
    private static readonly HashSet<string> CommonCapitalised = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "president", "minister", "secretary",
        "prime", "foreign", "state", "house", "white", "office", "council", "security", "department", "ministry", "government",
        "parliament", "senate", "congress", "chancellor", "king", "queen", "pope", "general", "mr", "mrs", "ms", "dr", "sir",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "maison", "blanche", "etat", "état", "président",
        "ministre", "chef", "premier", "affaires", "étrangères", "conseil", "sécurité", "nations", "unies", "united", "union",
        "european", "européenne", "west", "western", "east", "eastern", "north", "south", "ouest", "est", "nord", "sud",
        "tweet", "twitter", "facebook", "oval", "i", "a", "the", "afp", "reuters", "ap", "dpa", "lire", "read", "photo",
    };

    /// <summary>Head words of institution names, whose other words a German translation renders as words or compounds.</summary>
    private static readonly HashSet<string> InstitutionHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "observatory", "agency", "institute", "institution", "university", "organisation", "organization", "court", "commission",
        "committee", "council", "association", "federation", "foundation", "authority", "service", "centre", "center", "museum",
        "hospital", "league", "bureau", "administration", "academy", "society", "fund", "programme", "program", "forum",
        "observatoire", "agence", "institut", "université", "organisation", "cour", "commission", "comité", "conseil", "fédération",
        "fondation", "autorité", "centre", "musée", "hôpital", "ligue", "académie", "société", "fonds", "tribunal", "office",
    };

    private static readonly HashSet<string> RunConnectors = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "for", "and", "on", "de", "du", "des", "la", "le", "et", "pour", "d", "l",
    };

    private static readonly HashSet<string> Possessives = new(StringComparer.OrdinalIgnoreCase)
    {
        "our", "their", "your", "my", "its", "nos", "notre", "leurs", "leur", "vos", "votre", "mes", "ses",
    };

    /// <summary>True when token <paramref name="i"/> of a source sentence is likely a name worth finding in the target.</summary>
    public static bool IsName(IReadOnlyList<Token> tokens, int i, string lang, IReadOnlySet<string>? capitalisedMidSentence = null)
    {
        var t = tokens[i];
        if (t.Type != TokenType.Word || !t.IsCapitalised || t.Length < 3)
        {
            return false;
        }

        var bare = Stemmer.StripElision(t.Text);
        if (StopWords.IsStopWord(bare, lang) || CommonCapitalised.Contains(bare) || Gazetteer.Match(tokens, i) is not null
            || i > 0 && Possessives.Contains(tokens[i - 1].Text) || InInstitutionName(tokens, i))
        {
            return false;
        }

        // A sentence-initial or quote-initial word is capitalised anyway: it is a name only if the article also
        // capitalises it mid-sentence (or, without that knowledge, when a capitalised word follows).
        var first = i == 0 || tokens[i - 1].Type == TokenType.Punct && tokens[i - 1].Text is "\"" or "“" or "«" or "(" or "'" or "-" or "–";
        if (!first)
        {
            return true;
        }

        return capitalisedMidSentence is not null
            ? capitalisedMidSentence.Contains(t.Text)
            : i + 1 < tokens.Count && tokens[i + 1].Type == TokenType.Word && tokens[i + 1].IsCapitalised;
    }

    /// <summary>
    /// True inside a capitalised run such as "European Southern Observatory" or "Court of Appeal": such names are
    /// translated word by word or as a compound (Europäische Südsternwarte), so their words are not names to find.
    /// </summary>
    private static bool InInstitutionName(IReadOnlyList<Token> tokens, int i)
    {
        bool InRun(int k) => tokens[k].Type == TokenType.Word && (tokens[k].IsCapitalised || RunConnectors.Contains(tokens[k].Text));
        var start = i;
        while (start > 0 && InRun(start - 1))
        {
            start--;
        }

        var end = i;
        while (end + 1 < tokens.Count && InRun(end + 1))
        {
            end++;
        }

        return end > start && Enumerable.Range(start, end - start + 1).Any(k => tokens[k].IsCapitalised && InstitutionHeads.Contains(tokens[k].Text));
    }
}

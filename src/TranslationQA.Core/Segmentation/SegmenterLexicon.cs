namespace TranslationQA.Core.Segmentation;

/// <summary>How an abbreviation behaves at a possible sentence end.</summary>
internal enum AbbreviationKind
{
    /// <summary>Never ends a sentence (titles, "z. B.", "e.g.").</summary>
    Never,
    /// <summary>Does not end a sentence when a number follows ("Nr. 5", "No. 10").</summary>
    BeforeDigit,
    /// <summary>Often closes a list or date and may end a sentence ("usw.", "etc.", "av. J.-C.").</summary>
    MayEnd,
}

/// <summary>Language data for the rule-based segmenter: abbreviations, month names, typical sentence openers.</summary>
internal static class SegmenterLexicon
{
    private static readonly (string Text, AbbreviationKind Kind)[] Shared =
    [
        ("Dr.", AbbreviationKind.Never), ("Prof.", AbbreviationKind.Never), ("St.", AbbreviationKind.Never),
        ("Mr.", AbbreviationKind.Never), ("Mrs.", AbbreviationKind.Never), ("Ms.", AbbreviationKind.Never),
        ("ca.", AbbreviationKind.Never), ("vs.", AbbreviationKind.Never), ("etc.", AbbreviationKind.MayEnd),
    ];

    private static readonly (string Text, AbbreviationKind Kind)[] German =
    [
        ("z. B.", AbbreviationKind.Never), ("z.B.", AbbreviationKind.Never), ("d. h.", AbbreviationKind.Never),
        ("d.h.", AbbreviationKind.Never), ("u. a.", AbbreviationKind.Never), ("u.a.", AbbreviationKind.Never),
        ("bzw.", AbbreviationKind.Never), ("Nr.", AbbreviationKind.Never), ("Anm. d. Red.", AbbreviationKind.Never),
        ("Anm.", AbbreviationKind.Never), ("usw.", AbbreviationKind.MayEnd), ("vgl.", AbbreviationKind.Never),
        ("inkl.", AbbreviationKind.Never), ("evtl.", AbbreviationKind.Never), ("ggf.", AbbreviationKind.Never),
        ("bzgl.", AbbreviationKind.Never), ("Mio.", AbbreviationKind.Never), ("Mrd.", AbbreviationKind.Never),
        ("Hr.", AbbreviationKind.Never), ("Fr.", AbbreviationKind.Never), ("Abs.", AbbreviationKind.Never),
        ("Art.", AbbreviationKind.BeforeDigit), ("Tel.", AbbreviationKind.Never), ("v. Chr.", AbbreviationKind.MayEnd),
        ("n. Chr.", AbbreviationKind.MayEnd), ("Jh.", AbbreviationKind.MayEnd), ("Str.", AbbreviationKind.MayEnd),
    ];

    private static readonly (string Text, AbbreviationKind Kind)[] English =
    [
        ("e.g.", AbbreviationKind.Never), ("i.e.", AbbreviationKind.Never), ("No.", AbbreviationKind.BeforeDigit),
        ("Jan.", AbbreviationKind.Never), ("Feb.", AbbreviationKind.Never), ("Mar.", AbbreviationKind.BeforeDigit),
        ("Apr.", AbbreviationKind.Never), ("Aug.", AbbreviationKind.Never), ("Sept.", AbbreviationKind.Never),
        ("Sep.", AbbreviationKind.Never), ("Oct.", AbbreviationKind.Never), ("Nov.", AbbreviationKind.Never),
        ("Dec.", AbbreviationKind.Never), ("Gen.", AbbreviationKind.Never), ("Sen.", AbbreviationKind.Never),
        ("Rep.", AbbreviationKind.Never), ("Gov.", AbbreviationKind.Never), ("Lt.", AbbreviationKind.Never),
        ("Col.", AbbreviationKind.Never), ("Sgt.", AbbreviationKind.Never), ("Jr.", AbbreviationKind.MayEnd),
        ("Sr.", AbbreviationKind.MayEnd), ("Inc.", AbbreviationKind.MayEnd), ("Corp.", AbbreviationKind.MayEnd),
        ("Ltd.", AbbreviationKind.MayEnd), ("approx.", AbbreviationKind.Never), ("a.m.", AbbreviationKind.MayEnd),
        ("p.m.", AbbreviationKind.MayEnd),
    ];

    private static readonly (string Text, AbbreviationKind Kind)[] French =
    [
        ("MM.", AbbreviationKind.Never), ("Mme.", AbbreviationKind.Never), ("Mlle.", AbbreviationKind.Never),
        ("av. J.-C.", AbbreviationKind.MayEnd), ("apr. J.-C.", AbbreviationKind.MayEnd), ("J.-C.", AbbreviationKind.MayEnd),
        ("av.", AbbreviationKind.Never), ("apr.", AbbreviationKind.Never), ("n°.", AbbreviationKind.Never),
        ("cf.", AbbreviationKind.Never), ("env.", AbbreviationKind.Never), ("p. ex.", AbbreviationKind.Never),
        ("c.-à-d.", AbbreviationKind.Never), ("Mgr.", AbbreviationKind.Never), ("boul.", AbbreviationKind.Never),
    ];

    private static readonly HashSet<string> GermanMonths = new(StringComparer.Ordinal)
    {
        "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
        "Oktober", "November", "Dezember", "Jan", "Feb", "Mär", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
        "Okt", "Nov", "Dez",
    };

    // German ordinals ("der 5. Bundesliga-Spieltag") follow determiners and prepositions; a bare number does not.
    private static readonly HashSet<string> GermanOrdinalLead = new(StringComparer.OrdinalIgnoreCase)
    {
        "am", "im", "vom", "zum", "beim", "der", "die", "das", "dem", "den", "des", "ab", "bis", "seit", "zur",
        "ihr", "ihre", "ihrem", "ihren", "sein", "seine", "seinem", "seinen", "jeder", "jede", "jedes", "erst",
    };

    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        // en
        "The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "This", "That", "A", "An", "There",
        "Its", "His", "Her", "Their", "Our", "As", "At", "After", "Meanwhile", "However", "Those", "These", "If",
        // de
        "Der", "Die", "Das", "Er", "Sie", "Es", "Wir", "Ich", "Aber", "Und", "Doch", "Im", "Am", "Auch", "Dies",
        "Diese", "Dieser", "Ein", "Eine", "Man", "Damit", "Dann", "Denn", "Zudem", "Nach",
        // fr
        "Le", "La", "Les", "Il", "Elle", "Ils", "Elles", "Nous", "On", "Mais", "Et", "En", "Dans", "Ce", "Cette",
        "Un", "Une", "Des", "Selon", "Pour",
    };

    /// <summary>The abbreviations for <paramref name="lang"/>, longest first so multi-part ones win.</summary>
    public static IReadOnlyList<(string Text, AbbreviationKind Kind)> Abbreviations(string lang)
    {
        var specific = lang switch
        {
            "de" => German,
            "en" => English,
            "fr" => French,
            _ => [.. German, .. English, .. French],
        };
        return [.. Shared.Concat(specific).OrderByDescending(a => a.Text.Length)];
    }

    /// <summary>True for a German month name or its abbreviation.</summary>
    public static bool IsGermanMonth(string word) => GermanMonths.Contains(word);

    /// <summary>True for words after which a German number with a period is an ordinal.</summary>
    public static bool IsGermanOrdinalLead(string word) => GermanOrdinalLead.Contains(word);

    /// <summary>True for common sentence-initial words (used after dotted acronyms like "U.S.").</summary>
    public static bool IsTypicalOpener(string word) => Openers.Contains(word);
}

using TranslationQA.Core.Model;

namespace TranslationQA.Core.Checks;

/// <summary>The one declaration of every rule: id, name, title, MQM category, default severity and help.</summary>
public static class Rules
{
    /// <summary>A source word not covered by the back-translation while an unexplained German word stands in its place.</summary>
    public static readonly RuleDescriptor Mistranslation = new("TQA001", "LexicalMismatch", "Possible mistranslation", "Accuracy/Mistranslation", Severity.Major,
        "A source word has no counterpart in the gloss of the aligned German sentence, and a German word whose glosses match no source word stands there. Check the sense of the German word.");
    /// <summary>A known machine-translation trap (false friend, wrong sense).</summary>
    public static readonly RuleDescriptor MtTrap = new("TQA002", "KnownMtTrap", "Known MT trap", "Accuracy/Mistranslation", Severity.Major,
        "The German words are a known wrong rendering of the source term in this context (false friend, wrong sense, calque), or the term's right rendering is missing and this word stands in its place. Use the suggested rendering.");
    /// <summary>A name of the source missing from the target.</summary>
    public static readonly RuleDescriptor MissingName = new("TQA003", "MissingName", "Name missing in translation", "Accuracy/Mistranslation/Entity", Severity.Major,
        "A person, place or organisation name of the source sentence does not appear in the German sentence, even allowing German transliteration.");
    /// <summary>A proper name translated word for word.</summary>
    public static readonly RuleDescriptor NameAsWords = new("TQA004", "NameTranslatedAsWords", "Name translated as common words", "Accuracy/Mistranslation/Entity", Severity.Major,
        "A brand, outlet or organisation name was translated word for word. Keep the original name.");
    /// <summary>One name spelt two ways in the article.</summary>
    public static readonly RuleDescriptor NameSpelling = new("TQA005", "InconsistentNameSpelling", "Name spelt two ways", "Fluency/Spelling", Severity.Major,
        "The article spells what is probably the same name (or an acronym: NATO/Nato) in two ways; the rarer spelling is likely wrong (minor). Major when the source spells the name otherwise.");
    /// <summary>A different country or organisation than in the source.</summary>
    public static readonly RuleDescriptor WrongEntity = new("TQA006", "WrongEntity", "Wrong country or organisation", "Accuracy/Mistranslation/Entity", Severity.Critical,
        "The German sentence names a country or organisation that the source sentence does not, in place of one it does (critical); major when the German only names one more often than the source.");
    /// <summary>A number missing, changed or added.</summary>
    public static readonly RuleDescriptor NumberMismatch = new("TQA007", "NumberMismatch", "Number differs from source", "Accuracy/Mistranslation/Number", Severity.Major,
        "A number of the source sentence is missing or changed in the German sentence, or the German adds one.");
    /// <summary>Date not in German convention.</summary>
    public static readonly RuleDescriptor DateFormat = new("TQA008", "DateFormat", "Date not in German format", "Locale convention/Date format", Severity.Minor,
        "Dates in German text are written \"10. Januar 2022\" or \"10.01.2022\", not in English order or as an ISO dump.");
    /// <summary>Time not in German convention.</summary>
    public static readonly RuleDescriptor TimeFormat = new("TQA009", "TimeFormat", "Time not in German format", "Locale convention/Time format", Severity.Minor,
        "Times in German text are written \"22.52 Uhr\" or \"22:52 Uhr\", without spaces inside and without a.m./p.m.");
    /// <summary>Number with English separators.</summary>
    public static readonly RuleDescriptor NumberFormat = new("TQA010", "NumberFormat", "Number not in German format", "Locale convention/Number format", Severity.Minor,
        "German uses a decimal comma and a thousands point (1,5; 100.000).");
    /// <summary>Text that is not German.</summary>
    public static readonly RuleDescriptor Untranslated = new("TQA011", "Untranslated", "Untranslated text", "Accuracy/Untranslated", Severity.Major,
        "The sentence is not in German, the source sentence was copied unchanged, or source words stand untranslated inside a German sentence. Translate it or remove it.");
    /// <summary>Web-page boilerplate.</summary>
    public static readonly RuleDescriptor PageResidue = new("TQA012", "PageResidue", "Web page residue", "Design and markup/Extraneous content", Severity.Critical,
        "A line of web-page boilerplate (comment form, advertising, links, widgets, photo credits, breadcrumbs) is not article content. Remove it before publishing.");
    /// <summary>A source sentence with no translation.</summary>
    public static readonly RuleDescriptor Omission = new("TQA013", "OmittedSentence", "Sentence omitted", "Accuracy/Omission", Severity.Major,
        "A source sentence has no counterpart in the German text.");
    /// <summary>A target sentence with no source.</summary>
    public static readonly RuleDescriptor Addition = new("TQA014", "AddedSentence", "Sentence added", "Accuracy/Addition", Severity.Major,
        "A German sentence has no counterpart in the source.");
    /// <summary>Content lost or gained inside an aligned pair.</summary>
    public static readonly RuleDescriptor ContentLoss = new("TQA015", "PartialOmission", "Content lost in sentence", "Accuracy/Omission", Severity.Minor,
        "Most content words of the source sentence have no counterpart in the German sentence.");
    /// <summary>Missing space after a sentence end.</summary>
    public static readonly RuleDescriptor MissingSpace = new("TQA016", "MissingSpaceAfterSentence", "Missing space after sentence end", "Fluency/Punctuation", Severity.Minor,
        "Two sentences are glued together without a space.");
    /// <summary>Mixed quotation-mark styles.</summary>
    public static readonly RuleDescriptor MixedQuotes = new("TQA017", "MixedQuotationMarks", "Mixed quotation marks", "Fluency/Punctuation", Severity.Minor,
        "The article mixes quotation-mark styles; use one (German „…“ or »…«).");
    /// <summary>Unbalanced quotes or brackets.</summary>
    public static readonly RuleDescriptor Unbalanced = new("TQA018", "UnbalancedPairs", "Unbalanced quotes or brackets", "Fluency/Punctuation", Severity.Minor,
        "A quotation mark or bracket is opened but not closed in the paragraph (or the reverse).");
    /// <summary>Doubled punctuation.</summary>
    public static readonly RuleDescriptor DoubledPunctuation = new("TQA019", "DoubledPunctuation", "Doubled punctuation", "Fluency/Punctuation", Severity.Minor,
        "A punctuation mark is repeated (\". .\", \",,\").");
    /// <summary>Space before punctuation.</summary>
    public static readonly RuleDescriptor SpaceBeforePunctuation = new("TQA020", "SpaceBeforePunctuation", "Space before punctuation", "Fluency/Punctuation", Severity.Minor,
        "German puts no space before a comma, full stop, colon, semicolon, question or exclamation mark.");
    /// <summary>A word written twice.</summary>
    public static readonly RuleDescriptor DoubledWord = new("TQA021", "DoubledWord", "Doubled word", "Fluency/Grammar", Severity.Minor,
        "The same word is written twice in a row.");
    /// <summary>One source term rendered in different ways.</summary>
    public static readonly RuleDescriptor InconsistentTerm = new("TQA022", "InconsistentTerm", "Term rendered inconsistently", "Terminology/Inconsistent use", Severity.Minor,
        "The same source term is rendered by different German words in one article.");
    /// <summary>Negation on one side only.</summary>
    public static readonly RuleDescriptor Negation = new("TQA023", "NegationMismatch", "Negation differs from source", "Accuracy/Mistranslation", Severity.Major,
        "One side negates (not, no, never / nicht, kein, nie) and the other does not: the meaning may be reversed.");
    /// <summary>Garbled sentence structure.</summary>
    public static readonly RuleDescriptor Garbled = new("TQA024", "GarbledSentence", "Garbled sentence", "Fluency/Unintelligible", Severity.Major,
        "The sentence breaks off or runs into the next one without punctuation; it cannot be read as written.");

    /// <summary>A name in its English or French form where German has its own.</summary>
    public static readonly RuleDescriptor ForeignNameForm = new("TQA025", "ForeignNameForm", "Name in a foreign form", "Accuracy/Mistranslation/Entity", Severity.Major,
        "A person or place appears in its English or French spelling (Poutine, Moscou, Geneva) where German writes it its own way (Putin, Moskau, Genf).");

    /// <summary>A paragraph written twice.</summary>
    public static readonly RuleDescriptor RepeatedParagraph = new("TQA026", "RepeatedParagraph", "Paragraph repeated", "Design and markup/Extraneous content", Severity.Minor,
        "A paragraph repeats an earlier one word for word (a headline or caption scraped twice, an image's alt text); publish it once.");

    /// <summary>Capitalisation of German time words.</summary>
    public static readonly RuleDescriptor TimeWordCase = new("TQA027", "TimeWordCase", "Time word capitalised wrongly", "Fluency/Spelling", Severity.Minor,
        "Adverbs such as \"abends\" and \"montags\" are lower case; after \"heute\", \"gestern\" or \"morgen\" a day part is a noun (\"heute Abend\").");

    /// <summary>A verbless piece of a sentence standing as a sentence.</summary>
    public static readonly RuleDescriptor SentenceFragment = new("TQA028", "SentenceFragment", "Sentence fragment", "Fluency/Grammar", Severity.Minor,
        "A short verbless phrase stands as a sentence inside a paragraph (\"Mit Lawrow in Genf.\"): a full stop cut it off from the sentence it belongs to.");

    /// <summary>An English headline future rendered as a purpose clause.</summary>
    public static readonly RuleDescriptor HeadlineInfinitive = new("TQA029", "HeadlineInfinitive", "Headline future as purpose clause", "Accuracy/Mistranslation", Severity.Critical,
        "An English headline \"X to do Y\" (X will do Y) became \"X, um Y zu tun\" (in order to): the German headline has no verb and states a purpose instead of the news.");

    /// <summary>A German word that is not in the spelling dictionary.</summary>
    public static readonly RuleDescriptor Spelling = new("TQA030", "MisspeltWord", "Misspelt word", "Fluency/Spelling", Severity.Minor,
        "A German word is not in the Hunspell de_DE dictionary, even inflected or as a compound of dictionary words, and a dictionary word is one letter away (\"Brüken\": did you mean \"Brücken\"?). Names, numbers, acronyms, addresses and words of the source are left alone. Correct the spelling.");

    /// <summary>A source term of the user's glossary rendered without any of its approved German terms.</summary>
    public static readonly RuleDescriptor TermNotUsed = new("TQA031", "TermNotUsed", "Term not used", "Terminology/Wrong term", Severity.Major,
        "A source term of the glossary (--glossary) occurs and none of its approved German terms is in the aligned German sentence. Use the approved term; the severity is the glossary entry's.",
        UserSeverity: true);

    /// <summary>A German term the user's glossary forbids.</summary>
    public static readonly RuleDescriptor ForbiddenTerm = new("TQA032", "ForbiddenTerm", "Forbidden term", "Terminology/Wrong term", Severity.Major,
        "The German text uses a term the glossary (--glossary) marks deprecated or forbidden, also inflected or inside a compound where the entry allows. Use the approved term; the severity is the glossary entry's.",
        UserSeverity: true);

    /// <summary>A weekday or month other than the source's.</summary>
    public static readonly RuleDescriptor DayOrMonth = new("TQA033", "DayOrMonthChanged", "Day or month differs from source", "Accuracy/Mistranslation/Date-time", Severity.Critical,
        "The German sentence names a weekday or month that its source sentence does not, where the source names another one (\"Sunday\" as \"Samstag\"). Check the date against the source.");

    /// <summary>Every rule, in id order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        Mistranslation, MtTrap, MissingName, NameAsWords, NameSpelling, WrongEntity, NumberMismatch, DateFormat, TimeFormat,
        NumberFormat, Untranslated, PageResidue, Omission, Addition, ContentLoss, MissingSpace, MixedQuotes, Unbalanced,
        DoubledPunctuation, SpaceBeforePunctuation, DoubledWord, InconsistentTerm, Negation, Garbled, ForeignNameForm,
        RepeatedParagraph, TimeWordCase, SentenceFragment, HeadlineInfinitive, Spelling, TermNotUsed, ForbiddenTerm, DayOrMonth,
    ];
}

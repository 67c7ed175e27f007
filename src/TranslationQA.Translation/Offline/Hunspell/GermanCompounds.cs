namespace TranslationQA.Translation.Offline.Hunspell;

/// <summary>
/// German joins words more freely than de_DE's compound flags allow: a noun the dictionary never marks as a compound
/// part ("Quarantäne" + "maßnahmen"), a verb with its particle in a subordinate clause ("um" + "schlugen") or with "zu"
/// ("weg" + "zu" + "locken"), an adverb from two ("rund" + "heraus"). A word that <see cref="CompoundSplitter"/> reads as
/// dictionary words throughout, with the usual linking elements, is German. Each part is judged without compounding
/// (a root with its affixes), so the split stays O(n²) cheap look-ups.
/// </summary>
internal sealed class GermanCompounds
{
    // Two letters: the particles and prepositions verbs take ("um", "an", "zu"). Measured on the wmt21 references'
    // tuning half (eng/reference-findings.py): with 3, every "umschlugen", "anzulügen" and "zuhause" stayed flagged.
    private const int MinPart = 2;

    private readonly HunspellWordChecker _checker;
    private readonly CompoundSplitter _nouns;
    private readonly CompoundSplitter _others;

    public GermanCompounds(HunspellWordChecker checker)
    {
        _checker = checker;
        // A capitalised compound ends in a noun (or a nominalised adjective, written capitalised); its modifiers may be
        // nouns or lower-case words ("Hoch" + "wasser"). A lower-case one ends in a lower-case word.
        _nouns = new CompoundSplitter(Modifier, head => Known(WordLookup.Capitalise(head), capitalised: true), MinPart);
        _others = new CompoundSplitter(Modifier, head => Known(head, capitalised: false), MinPart);
    }

    /// <summary>True when <paramref name="word"/> reads as two or more dictionary words.</summary>
    public bool Accepts(string word) => (char.IsUpper(word[0]) ? _nouns : _others).Split(word) is not null;

    private string? Modifier(string segment) => Known(WordLookup.Capitalise(segment), capitalised: false) ?? Known(segment, capitalised: false);

    private string? Known(string part, bool capitalised) =>
        _checker.AcceptsWithoutCompounding(part) || capitalised && _checker.AcceptsWithoutCompounding(part.ToLowerInvariant()) ? part : null;
}

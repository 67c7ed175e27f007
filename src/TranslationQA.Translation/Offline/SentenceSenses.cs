using TranslationQA.Core.Model;

namespace TranslationQA.Translation.Offline;

/// <summary>
/// The senses a word has only together with others in its sentence: Ding phrases of 2-3 words, noun-verb phrases a
/// main clause splits, separable verbs. Runs after every word was glossed alone, and puts these senses first.
/// </summary>
internal sealed class SentenceSenses
{
    private readonly PhraseMatcher? _phrases;
    private readonly VerbPhraseMatcher? _verbPhrases;

    /// <summary>Creates the passes; <paramref name="phrases"/> is null for a lexicon without phrase entries.</summary>
    public SentenceSenses(WordLookup lookup, IReadOnlyDictionary<string, string[]> particles, PhraseTables? phrases)
    {
        var lists = new SenseLists();
        Separable = new SeparableVerbs(lookup, particles, lists);
        if (phrases is not null)
        {
            var keys = new WordKeys(lookup);
            _phrases = new PhraseMatcher(phrases.Phrases, keys, lists);
            _verbPhrases = new VerbPhraseMatcher(phrases.VerbPhrases, phrases.Phrases, keys, lists);
        }
    }

    /// <summary>The separable verb pass, whose lookup of joined forms ("festnahm") serves single words too.</summary>
    public SeparableVerbs Separable { get; }

    /// <summary>Adds the senses of every phrase and split verb of one sentence's <paramref name="words"/>, in place.</summary>
    public void Apply(List<WordGloss> words)
    {
        _phrases?.Apply(words);
        _verbPhrases?.Apply(words);
        Separable.Apply(words);
    }
}

/// <summary>The phrase entries of a lexicon: consecutive phrases and the noun-verb phrases a clause may split.</summary>
/// <param name="Phrases">Phrase key (<see cref="PhraseKey"/>) to senses.</param>
/// <param name="VerbPhrases">Key of the part a main clause keeps together to the phrase keys.</param>
internal sealed record PhraseTables(IReadOnlyDictionary<string, string[]> Phrases, IReadOnlyDictionary<string, string[]> VerbPhrases);

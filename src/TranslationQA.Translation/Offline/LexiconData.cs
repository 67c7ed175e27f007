namespace TranslationQA.Translation.Offline;

/// <summary>The compiled dictionaries the glosser reads: German to English and French, English back to German.</summary>
/// <param name="English">German headword (case as written) to English glosses, best first.</param>
/// <param name="French">German headword to French glosses, best first.</param>
/// <param name="Reverse">English lemma or phrase to German headwords.</param>
/// <param name="Lemmas">Inflected German form to its base headword (a one-element array), from Ding's parallel parts.</param>
/// <param name="Particles">Particle of separable verbs to the verbs Ding conjugates with it ("ab": abbauen, ...).</param>
/// <param name="Phrases">German phrase of 2-3 words, keyed by <see cref="PhraseKey"/> ("vor kurz"), to English glosses.</param>
/// <param name="VerbPhrases">The words a main clause keeps together of a noun-verb phrase ("roll") to the phrases' keys.</param>
internal sealed record LexiconData(
    IReadOnlyDictionary<string, string[]> English,
    IReadOnlyDictionary<string, string[]> French,
    IReadOnlyDictionary<string, string[]> Reverse,
    IReadOnlyDictionary<string, string[]> Lemmas,
    IReadOnlyDictionary<string, string[]> Particles,
    IReadOnlyDictionary<string, string[]> Phrases,
    IReadOnlyDictionary<string, string[]> VerbPhrases)
{
    /// <summary>Builds the lexicon from the source files named in <paramref name="options"/>.</summary>
    public static LexiconData Build(OfflineEngineOptions options)
    {
        // The French lexicon shares nothing with the English one: it is built on a pool thread meanwhile.
        var french = Task.Run(() => FrenchLexiconBuilder.Build(options.FreeDictDeuFraBasePath, options.FreeDictFraDeuBasePath));
        var builder = new DingLexiconBuilder(WordNetCounts.Load(options.WordNetCountsPath));
        builder.AddFile(options.DingPath);
        var english = Task.Run(builder.BuildLexicon);
        var (reverse, lemmas, particles) = (builder.BuildReverse(), builder.BuildLemmas(), builder.BuildParticles());
        var (phrases, verbPhrases) = (builder.BuildPhrases(), builder.BuildVerbPhrases());
        return new LexiconData(english.GetAwaiter().GetResult(), french.GetAwaiter().GetResult(), reverse, lemmas, particles, phrases, verbPhrases);
    }
}

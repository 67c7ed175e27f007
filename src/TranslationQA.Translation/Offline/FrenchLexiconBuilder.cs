namespace TranslationQA.Translation.Offline;

/// <summary>Builds German headword to French glosses from FreeDict deu-fra, topped up by fra-deu read backwards.</summary>
internal static class FrenchLexiconBuilder
{
    private const int MaxGlosses = 12;

    /// <summary>Builds the lexicon; <paramref name="fraDeuBasePath"/> is optional.</summary>
    public static Dictionary<string, string[]> Build(string deuFraBasePath, string? fraDeuBasePath)
    {
        var map = new DistinctLists(MaxGlosses);
        foreach (var entry in FreeDictReader.ReadAll(deuFraBasePath))
        {
            var key = GlossText.GermanHeadword(entry.Headword);
            if (key is null)
            {
                continue;
            }

            foreach (var t in entry.Translations)
            {
                Add(map, key, GlossText.NormaliseFrench(t));
            }
        }

        // Reverse entries come second: a French headword glossed by a German word is a rendering of that word,
        // but a less direct one than the German-French entry itself.
        var reverse = new DistinctLists(MaxGlosses);
        if (fraDeuBasePath is not null && File.Exists(fraDeuBasePath + ".index"))
        {
            foreach (var entry in FreeDictReader.ReadAll(fraDeuBasePath))
            {
                var french = GlossText.NormaliseFrench(entry.Headword);
                foreach (var t in entry.Translations)
                {
                    var german = GlossText.GermanHeadword(t);
                    if (german is not null && !german.Contains(' ', StringComparison.Ordinal))
                    {
                        Add(reverse, german, french);
                    }
                }
            }
        }

        foreach (var (german, frenchList) in reverse.Build())
        {
            foreach (var f in frenchList)
            {
                Add(map, german, f);
            }
        }

        return map.Build();
    }

    private static void Add(DistinctLists map, string key, string? gloss)
    {
        if (gloss is not null)
        {
            map.Add(key, gloss);
        }
    }
}

using TranslationQA.Core.Model;

namespace TranslationQA.Core.Alignment;

/// <summary>
/// One content unit of a back-translation: a glossed German token with every key its renderings offer, or one
/// word of a plain back-translation text. A source word is covered when one of the keys equals its key.
/// </summary>
internal sealed record Slot(IReadOnlyCollection<string> Keys, IReadOnlyCollection<string> Names)
{
    /// <summary>The content slots of a back-translated sentence (glosses when present, else its text).</summary>
    public static IEnumerable<Slot> FromBackTranslation(SentenceBackTranslation backTranslation)
    {
        if (backTranslation.Words.Count == 0)
        {
            return LexicalNormalizer.Tokens(backTranslation.Text)
                .Select(t => new Slot([t.Key], t.Name is null ? [] : [t.Name]));
        }

        return backTranslation.Words
            .Where(w => w.Kind is not (TokenKind.Punctuation or TokenKind.Function))
            .Select(FromGloss)
            .Where(s => s.Keys.Count > 0);
    }

    // An engine shares one gloss list between every occurrence of a word, and normalising every rendering of every
    // word was a tenth of the aligner's time: the slot is kept per list, checked against the rest of the word.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<string>, Tuple<WordGloss, Slot>> ByList = new();

    private static Slot FromGloss(WordGloss word)
    {
        if (word.Glosses.Count > 0 && ByList.TryGetValue(word.Glosses, out var known)
            && known.Item1.Gloss == word.Gloss && known.Item1.Kind == word.Kind && known.Item1.Surface == word.Surface)
        {
            return known.Item2;
        }

        var slot = Compute(word);
        if (word.Glosses.Count > 0)
        {
            ByList.AddOrUpdate(word.Glosses, Tuple.Create(word, slot));
        }

        return slot;
    }

    private static Slot Compute(WordGloss word)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var renderings = word.Glosses.AsEnumerable();
        if (word.Gloss is not null)
        {
            renderings = renderings.Append(word.Gloss);
        }

        // Names and numbers pass through untranslated, so the German surface itself is a rendering too.
        if (word.Kind is TokenKind.Name or TokenKind.Number or TokenKind.Unknown)
        {
            renderings = renderings.Append(word.Surface);
        }

        foreach (var token in renderings.SelectMany(LexicalNormalizer.Tokens))
        {
            keys.Add(token.Key);
            if (token.Name is not null)
            {
                names.Add(token.Name);
            }
        }

        if (word.Kind is TokenKind.Name or TokenKind.Unknown && word.Surface.Length >= 4)
        {
            names.Add(LexicalNormalizer.Fold(word.Surface));
        }

        return new Slot(keys, names);
    }
}

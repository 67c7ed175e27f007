using System.Collections.Concurrent;
using TranslationQA.Core.Model;

namespace TranslationQA.Translation.Offline;

/// <summary>
/// Glosses German sentences word by word into one language, memoising every token it has resolved, then gives the
/// words of a phrase the phrase's senses and the words of a split separable verb the senses of the whole verb.
/// </summary>
internal sealed class GermanGlosser(WordLookup lookup, string lang, SentenceSenses sentenceSenses)
{
    // Distinct tokens keep coming in a long run (every number, every new name), so the memo stops growing at a bound
    // and past it resolves a token as if there were no memo, as the checks' BoundedMemo does (same bound): an archive
    // run's memory stays flat. Common words are met early, so they are the ones the memo keeps.
    private const int MemoCapacity = 100_000;
    private readonly ConcurrentDictionary<(string Surface, bool Initial), TokenGloss> _memo = new();

    /// <summary>The gloss of one sentence: a WordGloss per token and the readable gloss text.</summary>
    public SentenceBackTranslation Gloss(string sentence) => Build(GlossWords(sentence));

    /// <summary>
    /// Glosses sentences of one document. A capitalised word that follows a name ("Antony Blinken") is a name
    /// everywhere in the batch, even where a dictionary knows a common noun spelt the same ("das Blinken").
    /// </summary>
    public IReadOnlyList<SentenceBackTranslation> GlossBatch(IReadOnlyList<string> sentences)
    {
        var glossed = sentences.Select(GlossWords).ToList();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var words in glossed.Select(g => g.Words))
        {
            for (var i = 1; i < words.Count; i++)
            {
                var (prev, cur) = (words[i - 1], words[i]);
                if (cur.Kind == TokenKind.Word && prev.Kind == TokenKind.Name && char.IsUpper(cur.Surface[0])
                    && char.IsUpper(prev.Surface[0]) && cur.Offset == prev.Offset + prev.Length + 1)
                {
                    names.Add(cur.Surface);
                }
            }
        }

        return glossed.Select(g => Build(names.Count == 0 ? g : (g.Sentence, g.Words.Select(w => AsName(w, names)).ToList()))).ToList();
    }

    private TokenGloss Memoised(string surface, bool initial)
    {
        if (_memo.TryGetValue((surface, initial), out var gloss))
        {
            return gloss;
        }

        gloss = Resolve(surface, initial);
        if (_memo.Count < MemoCapacity)
        {
            _memo.TryAdd((surface, initial), gloss);
        }

        return gloss;
    }

    private static WordGloss AsName(WordGloss w, HashSet<string> names) =>
        w.Kind == TokenKind.Word && names.Contains(w.Surface)
            ? w with { Kind = TokenKind.Name, Gloss = w.Surface, Glosses = [w.Surface.ToLowerInvariant(), .. w.Glosses], Lemma = null }
            : w;

    private (string Sentence, List<WordGloss> Words) GlossWords(string sentence)
    {
        var tokens = GermanTokenizer.Tokenize(sentence);
        var words = new List<WordGloss>(tokens.Count);
        var initial = true;
        foreach (var t in tokens)
        {
            var g = t.Kind switch
            {
                RawTokenKind.Number => new TokenGloss(TokenKind.Number, t.Text, [], null),
                RawTokenKind.Punctuation => new TokenGloss(TokenKind.Punctuation, t.Text, [], null),
                _ => Memoised(t.Text, initial),
            };
            words.Add(new WordGloss(t.Offset, t.Text.Length, t.Text, g.Kind, g.Kind == TokenKind.Unknown ? null : g.Gloss, g.Glosses, g.Lemma));
            // After an opening quote, a colon or a sentence end the next word may be capitalised like a sentence start.
            initial = t.Kind == RawTokenKind.Punctuation && t.Text is "„" or "\"" or "“" or ":" or "(" or "»" or "«" or "-" or "–" or "." or "!" or "?";
        }

        sentenceSenses.Apply(words);
        return (sentence, words);
    }

    private static SentenceBackTranslation Build((string Sentence, List<WordGloss> Words) glossed)
    {
        var text = new System.Text.StringBuilder(glossed.Sentence.Length + 16);
        var previousEnd = 0;
        foreach (var w in glossed.Words)
        {
            // Keep the German spacing, so punctuation sticks where it stood.
            if (text.Length > 0 && w.Offset > previousEnd)
            {
                text.Append(' ');
            }

            text.Append(w.Gloss ?? w.Surface);
            previousEnd = w.Offset + w.Length;
        }

        return new SentenceBackTranslation(text.ToString(), glossed.Words);
    }

    /// <summary>Resolves one word token; pure, so its result can be memoised.</summary>
    internal TokenGloss Resolve(string surface, bool initial)
    {
        if (surface.Contains('-', StringComparison.Ordinal))
        {
            return ResolveHyphenated(surface, initial);
        }

        var lower = surface.ToLowerInvariant();
        var isCapital = char.IsUpper(surface[0]);
        var function = FunctionWords.Lookup(lower, lang);
        // A capitalised function word mid-sentence is usually the polite "Sie" or a name part; still a function word.
        if (function is not null && (!isCapital || initial || lower is "sie" or "ihr" or "ihre" or "ihnen"))
        {
            return new TokenGloss(TokenKind.Function, function[0], function, lower);
        }

        var found = lookup.Lemmatise(surface)
            ?? (initial && isCapital ? lookup.Lemmatise(lower) : null)
            ?? sentenceSenses.Separable.Joined(surface)
            ?? lookup.Compound(surface)
            ?? (initial && isCapital ? lookup.Compound(lower) : null);
        if (found is not null)
        {
            var kind = found.Glosses[0] == lower ? TokenKind.Name : TokenKind.Word;
            return new TokenGloss(kind, found.Glosses[0], found.Glosses, found.Lemma);
        }

        if (isCapital)
        {
            // A capitalised word no dictionary knows and no split explains is a name: pass it through. When only a
            // lower-case homograph exists ("Blinken" / blinken) keep its glosses as alternatives.
            var homograph = lookup.Lemmatise(lower);
            IReadOnlyList<string> glosses = homograph is null ? [lower] : [lower, .. homograph.Glosses];
            return new TokenGloss(TokenKind.Name, surface, glosses, null);
        }

        return new TokenGloss(TokenKind.Unknown, null, [], null);
    }

    private TokenGloss ResolveHyphenated(string surface, bool initial)
    {
        var pieces = surface.Split('-');
        var resolved = pieces.Select((p, i) => Resolve(p, initial && i == 0)).ToList();
        var head = resolved[^1];
        var gloss = string.Join(' ', resolved.Select((r, i) => r.Gloss ?? pieces[i]));
        var kind = resolved.All(r => r.Kind is TokenKind.Name or TokenKind.Unknown)
            ? (resolved.Any(r => r.Kind == TokenKind.Name) ? TokenKind.Name : TokenKind.Unknown)
            : TokenKind.Word;
        var glosses = new List<string> { gloss.ToLowerInvariant() };
        glosses.AddRange(head.Glosses);
        foreach (var r in resolved.Take(resolved.Count - 1))
        {
            glosses.AddRange(r.Glosses.Take(3));
        }

        var lemma = string.Join('-', resolved.Select((r, i) => r.Lemma ?? pieces[i]));
        return new TokenGloss(kind, kind == TokenKind.Unknown ? null : gloss, glosses.Distinct(StringComparer.Ordinal).ToArray(), lemma);
    }
}

/// <summary>The memoised rendering of a token, independent of where it stands.</summary>
internal sealed record TokenGloss(TokenKind Kind, string? Gloss, IReadOnlyList<string> Glosses, string? Lemma);

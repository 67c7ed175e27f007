using System.Collections.Concurrent;
using TranslationQA.Core.Model;

namespace TranslationQA.Translation.Offline;

/// <summary>Glosses German sentences word by word into one language, memoising every token it has resolved.</summary>
internal sealed class GermanGlosser(WordLookup lookup, string lang)
{
    private readonly ConcurrentDictionary<(string Surface, bool Initial), TokenGloss> _memo = new();

    /// <summary>The gloss of one sentence: a WordGloss per token and the readable gloss text.</summary>
    public SentenceBackTranslation Gloss(string sentence)
    {
        var tokens = GermanTokenizer.Tokenize(sentence);
        var words = new List<WordGloss>(tokens.Count);
        var text = new System.Text.StringBuilder(sentence.Length + 16);
        var initial = true;
        var previousEnd = 0;
        foreach (var t in tokens)
        {
            var g = t.Kind switch
            {
                RawTokenKind.Number => new TokenGloss(TokenKind.Number, t.Text, [], null),
                RawTokenKind.Punctuation => new TokenGloss(TokenKind.Punctuation, t.Text, [], null),
                _ => _memo.GetOrAdd((t.Text, initial), key => Resolve(key.Surface, key.Initial)),
            };
            words.Add(new WordGloss(t.Offset, t.Text.Length, t.Text, g.Kind, g.Kind == TokenKind.Unknown ? null : g.Gloss, g.Glosses, g.Lemma));
            // Keep the German spacing, so punctuation sticks where it stood.
            if (text.Length > 0 && t.Offset > previousEnd)
            {
                text.Append(' ');
            }

            text.Append(g.Gloss ?? t.Text);
            previousEnd = t.Offset + t.Text.Length;
            // After an opening quote or a colon the next word may still be capitalised like a sentence start.
            initial = t.Kind == RawTokenKind.Punctuation && t.Text is "„" or "\"" or "“" or ":" or "(" or "»" or "«" or "-" or "–";
        }

        return new SentenceBackTranslation(text.ToString(), words);
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

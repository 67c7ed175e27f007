using TranslationQA.Core.Model;

namespace TranslationQA.Translation.Offline;

/// <summary>
/// Joins a separable verb split over a main clause: "bauten Arbeiter das Denkmal ab" is "abbauen" (dismantle). A
/// particle Ding conjugates separable verbs with stands last in its clause, and a word earlier in the clause is a
/// form of a verb that, with the particle before it, is a headword. Both words get the senses of that verb first,
/// their own after them. A particle followed by its object ("wartet auf den Bus") is not last in the clause.
/// </summary>
internal sealed class SeparableVerbs(WordLookup lookup, IReadOnlyDictionary<string, string[]> particles, SenseLists lists)
{
    // Finite verb endings to try when neither Ding nor Hunspell knows the form (present, preterite).
    private static readonly string[] Endings = ["test", "ten", "tet", "te", "st", "t", "en", "e"];

    /// <summary>Rewrites the glosses of every split verb of one sentence's <paramref name="words"/> in place.</summary>
    public void Apply(List<WordGloss> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            var particle = words[i];
            if (particle.Kind is TokenKind.Punctuation or TokenKind.Number || !particles.ContainsKey(particle.Surface) || !Clause.EndsAt(words, i))
            {
                continue;
            }

            var start = Clause.Start(words, i);
            for (var v = start; v < i; v++)
            {
                if (Verb(words[v], particle.Surface, v == start) is not { } verb)
                {
                    continue;
                }

                var senses = lookup.Exact(verb)!;
                words[v] = lists.Prepend(words[v], verb, senses) with { Kind = TokenKind.Word, Gloss = senses[0] };
                words[i] = lists.Prepend(particle, verb, senses);
                break;
            }
        }
    }

    /// <summary>
    /// A finite separable verb written as one word, as a subordinate clause puts it ("festnahm", "zurückzog"): a
    /// particle, then a form of a verb that with the particle is a headword. Null when there is none.
    /// </summary>
    public LookupResult? Joined(string form)
    {
        if (form.Length < 5 || !char.IsLower(form[0]))
        {
            return null;
        }

        for (var length = 2; length <= form.Length - 3; length++)
        {
            var particle = form[..length];
            if (!particles.ContainsKey(particle))
            {
                continue;
            }

            var rest = form[length..];
            var lemma = lookup.Lemmatise(rest)?.Lemma ?? rest;
            foreach (var candidate in Infinitives(rest, lemma))
            {
                if (lookup.Exact(particle + candidate) is { } senses)
                {
                    return new LookupResult(particle + candidate, senses);
                }
            }
        }

        return null;
    }

    /// <summary>The headword the particle forms with a form of <paramref name="word"/>, or null.</summary>
    private string? Verb(WordGloss word, string particle, bool clauseStart)
    {
        // A finite verb is written in lower case, except at the start of its clause (a question, an imperative).
        if (word.Kind is TokenKind.Punctuation or TokenKind.Number or TokenKind.Name || (char.IsUpper(word.Surface[0]) && !clauseStart))
        {
            return null;
        }

        var form = word.Surface.ToLowerInvariant();
        var lemma = word.Lemma is { } l && !l.Contains('+', StringComparison.Ordinal) ? l.ToLowerInvariant() : form;
        foreach (var candidate in Infinitives(form, lemma))
        {
            var verb = particle + candidate;
            if (lookup.Exact(verb) is not null)
            {
                return verb;
            }
        }

        return null;
    }

    private IEnumerable<string> Infinitives(string form, string lemma)
    {
        yield return lemma;
        foreach (var b in lookup.BaseFormsOf(form, lemma))
        {
            yield return b;
        }

        foreach (var ending in Endings)
        {
            if (form.Length - ending.Length >= 2 && form.EndsWith(ending, StringComparison.Ordinal))
            {
                yield return form[..^ending.Length] + "en";
            }
        }
    }
}

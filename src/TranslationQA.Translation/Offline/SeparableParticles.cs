namespace TranslationQA.Translation.Offline;

/// <summary>
/// Learns the particles of German separable verbs from Ding's own conjugation parts. A verb is separable at a prefix
/// when its past participle puts "ge" after that prefix ("abbauen", "abgebaut"; "teilnehmen", "teilgenommen") and the
/// rest is a verb headword of its own (bauen, nehmen). "vergeben" (participle "vergeben") is not: after "ver" comes
/// "geben", whose "ge" belongs to the verb, so the participle's next letter does not start the rest.
/// </summary>
internal sealed class SeparableParticles
{
    private readonly List<(string Particle, string Verb)> _candidates = [];
    private readonly HashSet<string> _verbs = new(StringComparer.Ordinal);

    /// <summary>Collects the verbs and participle pairs of one parsed Ding line.</summary>
    public void Add(IReadOnlyList<DingPart> parts)
    {
        var infinitives = parts[0];
        if (!infinitives.IsVerb)
        {
            return;
        }

        foreach (var head in infinitives.Heads)
        {
            if (IsVerbWord(head.Word))
            {
                _verbs.Add(head.Word);
            }
        }

        for (var k = 1; k < parts.Count; k++)
        {
            foreach (var form in parts[k].Heads)
            {
                var verb = DingParser.HeadAt(infinitives, form.Position);
                if (verb is not null && IsVerbWord(verb) && Particle(verb, form.Word) is { } particle)
                {
                    _candidates.Add((particle, verb));
                }
            }
        }
    }

    /// <summary>Particle to the separable verbs Ding conjugates with it, in ordinal order.</summary>
    public Dictionary<string, string[]> Build() =>
        _candidates
            .Where(c => _verbs.Contains(c.Verb[c.Particle.Length..]))
            .GroupBy(c => c.Particle, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Verb).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    /// <summary>The prefix of <paramref name="verb"/> that its participle <paramref name="form"/> follows with "ge", or null.</summary>
    internal static string? Particle(string verb, string form)
    {
        for (var length = 2; length <= Math.Min(verb.Length, form.Length) - 4; length++)
        {
            if (string.CompareOrdinal(verb, 0, form, 0, length) != 0)
            {
                return null;
            }

            if (string.CompareOrdinal(form, length, "ge", 0, 2) == 0 && form[length + 2] == verb[length])
            {
                return verb[..length];
            }
        }

        return null;
    }

    private static bool IsVerbWord(string w) => w.Length > 3 && char.IsLower(w[0]) && w[^1] == 'n' && !w.Contains(' ', StringComparison.Ordinal);
}

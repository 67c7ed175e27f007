using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Traps;

/// <summary>One word of a rendering pattern, parsed once: "*x" inside a word, "x" at its start, a trailing "$" pins the end.</summary>
internal readonly record struct TrapRendering(string Core, bool Inside, bool Whole)
{
    /// <summary>Parses <paramref name="rendering"/>.</summary>
    public static TrapRendering Of(string rendering)
    {
        var inside = rendering[0] == '*';
        var whole = rendering[^1] == '$';
        return new TrapRendering(rendering[(inside ? 1 : 0)..(whole ? ^1 : ^0)], inside, whole);
    }

    /// <summary>The letter every word this rendering matches starts with; null when it matches inside words.</summary>
    public char? First => Inside || Core.Length == 0 ? null : Core[0];

    /// <summary>True when lower-case <paramref name="word"/> is this rendering.</summary>
    public bool Matches(string word) => (Inside, Whole) switch
    {
        (true, true) => word.EndsWith(Core, StringComparison.Ordinal),
        (true, false) => word.Contains(Core, StringComparison.Ordinal),
        (false, true) => word == Core,
        // A short bare start would match unrelated longer words, so it only takes a few inflection letters.
        _ => word.StartsWith(Core, StringComparison.Ordinal) && (Core.Length >= 5 || word.Length <= Core.Length + 3),
    };
}

/// <summary>A rendering of one or more tokens ("kommt , als"): they must follow each other in the sentence, punctuation included.</summary>
internal sealed record TrapPhrase(TrapRendering[] Words)
{
    /// <summary>Parses a rendering cell entry; its tokens are separated by spaces.</summary>
    public static TrapPhrase Of(string rendering) =>
        new([.. rendering.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TrapRendering.Of)]);

    /// <summary>The number of tokens matched from <paramref name="start"/> of the lower-case <paramref name="words"/>, or 0.</summary>
    public int MatchAt(IReadOnlyList<string> words, int start)
    {
        if (start + Words.Length > words.Count)
        {
            return 0;
        }

        for (var i = 0; i < Words.Length; i++)
        {
            if (!Words[i].Matches(words[start + i]))
            {
                return 0;
            }
        }

        return Words.Length;
    }
}

/// <summary>A trap with its renderings parsed and its source terms stemmed, so the per-word loop does no parsing.</summary>
internal sealed record CompiledTrap(Trap Trap, TrapPhrase[] Renderings, string[][] TermStems)
{
    /// <summary>Compiles <paramref name="trap"/>; the terms are stemmed in the trap's own language, the only one they are tested in.</summary>
    public static CompiledTrap Of(Trap trap) => new(trap, [.. trap.Renderings.Select(TrapPhrase.Of)],
        [.. trap.SourceTerms.Select(term => term.Select(w => Stemmer.Stem(w, trap.Lang)).ToArray())]);

    /// <summary>True for a trap that needs a source term in the bead.</summary>
    public bool HasSourceTerm => TermStems.Length > 0;

    /// <summary>The letters a word must start with for a rendering to match from it; null when any word may.</summary>
    public IReadOnlySet<char>? FirstLetters { get; } =
        Renderings.Any(r => r.Words[0].First is null) ? null : Renderings.Select(r => r.Words[0].First!.Value).ToHashSet();

    /// <summary>The first source term whose stems occur in a row in <paramref name="stems"/>, or null.</summary>
    public string? TermIn(List<string> stems)
    {
        for (var t = 0; t < TermStems.Length; t++)
        {
            if (ContainsRun(stems, TermStems[t]))
            {
                return string.Join(' ', Trap.SourceTerms[t]);
            }
        }

        return null;
    }

    /// <summary>The number of tokens of the first rendering that starts at <paramref name="start"/> of <paramref name="words"/>, or 0.</summary>
    public int MatchAt(IReadOnlyList<string> words, int start)
    {
        foreach (var rendering in Renderings)
        {
            var n = rendering.MatchAt(words, start);
            if (n > 0)
            {
                return n;
            }
        }

        return 0;
    }

    /// <summary>True when one of the renderings occurs anywhere in <paramref name="words"/>.</summary>
    public bool OccursIn(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (MatchAt(words, i) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsRun(List<string> stems, string[] run)
    {
        for (var i = 0; i + run.Length <= stems.Count; i++)
        {
            var k = 0;
            while (k < run.Length && stems[i + k] == run[k])
            {
                k++;
            }

            if (k == run.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="scope"/> has a context word (if any is required) and no forbidden word.</summary>
    public bool ContextAllows(HashSet<string> scope) =>
        (Trap.Context.Count == 0 || StartsAny(scope, Trap.Context)) && !StartsAny(scope, Trap.Forbidden);

    private static bool StartsAny(HashSet<string> scope, IReadOnlyList<string> starts)
    {
        if (starts.Count == 0)
        {
            return false;
        }

        foreach (var word in scope)
        {
            foreach (var start in starts)
            {
                if (word.StartsWith(start, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}

using TranslationQA.Core.Text;

namespace TranslationQA.Core.Checks.Traps;

/// <summary>One rendering pattern of a trap, parsed once: "*x" inside a word, "x" at its start, a trailing "$" pins the end.</summary>
internal readonly record struct TrapRendering(string Core, bool Inside, bool Whole)
{
    /// <summary>Parses <paramref name="rendering"/>.</summary>
    public static TrapRendering Of(string rendering)
    {
        var inside = rendering[0] == '*';
        var whole = rendering[^1] == '$';
        return new TrapRendering(rendering[(inside ? 1 : 0)..(whole ? ^1 : ^0)], inside, whole);
    }

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

/// <summary>A trap with its renderings parsed and its source term stemmed, so the per-word loop does no parsing.</summary>
internal sealed record CompiledTrap(Trap Trap, TrapRendering[] Renderings, string[] TermStems)
{
    /// <summary>Compiles <paramref name="trap"/>; the term is stemmed in the trap's own language, the only one it is tested in.</summary>
    public static CompiledTrap Of(Trap trap) => new(trap, [.. trap.Renderings.Select(TrapRendering.Of)],
        [.. trap.SourceTerm.Select(w => Stemmer.Stem(w, trap.Lang))]);

    /// <summary>True when <paramref name="word"/> is one of the trap's wrong renderings.</summary>
    public bool Renders(string word)
    {
        foreach (var rendering in Renderings)
        {
            if (rendering.Matches(word))
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

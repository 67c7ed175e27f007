namespace TranslationQA.Translation.Offline.Hunspell;

/// <summary>
/// Words one edit from a misspelt word (a letter inserted, dropped, swapped with its neighbour or replaced by one of
/// the .aff's TRY letters) or one REP substitution from it (ß/ss, ph/f: often two edits). A typo in a compound sits in
/// one part, so a candidate counts as a compound when the unchanged side of the edit was already a known part and the
/// changed side is a dictionary word: one or two root look-ups per candidate, never a compound search.
/// </summary>
internal sealed class Suggestions
{
    // Parts of a compound read around an edit, set on the wmt21 references' tuning half (eng/reference-findings.py):
    // with parts of two or three letters, edits next to the part boundary, or a short changed part, nearly every
    // unknown compound had a "correction" ("Salmonellen": "Salonellen"; "Militanz": "Miliztanz"; "Blendgranate":
    // "Elendgranate"); the typo in "Konföderiiertenfahne" sits deep inside a long part.
    private const int MinPart = 4;
    private const int MinChangedPart = 7;
    private const int BoundaryGap = 2;

    private readonly string _word;
    private readonly HunspellWordChecker _checker;
    private readonly string _letters;
    private readonly bool _capitalised;
    private readonly List<int> _modifierEnds = [];
    private readonly List<int> _headStarts = [];

    /// <summary>Prepares the known parts of <paramref name="word"/>: prefixes that <paramref name="isCorrect"/> accepts and heads that are dictionary words.</summary>
    public Suggestions(string word, HunspellWordChecker checker, string letters, Func<string, bool> isCorrect)
    {
        _word = word;
        _checker = checker;
        _letters = letters;
        _capitalised = char.IsUpper(word[0]);
        for (var i = MinPart; i <= word.Length - MinPart; i++)
        {
            if (CompoundSplitter.Linkers.Any(l => i - l.Length >= MinPart && word.AsSpan(i - l.Length, l.Length).SequenceEqual(l) && isCorrect(word[..(i - l.Length)])))
            {
                _modifierEnds.Add(i);
            }

            if (Head(word.AsSpan(i)))
            {
                _headStarts.Add(i);
            }
        }
    }

    /// <summary>Up to <paramref name="max"/> corrections, likeliest first: right as written before right only lower-cased.</summary>
    public IReadOnlyList<string> Find(IReadOnlyList<(string From, string To)> replacements, int max)
    {
        var asWritten = new List<string>();
        var lowerCased = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { _word };
        foreach (var (at, removed, inserted) in Edits(replacements))
        {
            var candidate = string.Concat(_word.AsSpan(0, at), inserted, _word.AsSpan(at + removed));
            if (!seen.Add(candidate))
            {
                continue;
            }

            if (_checker.AcceptsWithoutCompounding(candidate) || Compound(candidate, at, removed, inserted.Length))
            {
                asWritten.Add(candidate);
                if (asWritten.Count >= max)
                {
                    break;
                }
            }
            else if (_capitalised && lowerCased.Count < max && AcceptsLowerCased(candidate))
            {
                lowerCased.Add(candidate);
            }
        }

        return [.. asWritten.Concat(lowerCased).Take(max)];
    }

    private bool Compound(string candidate, int at, int removed, int inserted)
    {
        foreach (var end in _modifierEnds)
        {
            if (end <= at - BoundaryGap && candidate.Length - end >= MinChangedPart && Head(candidate.AsSpan(end)))
            {
                return true;
            }
        }

        var shift = inserted - removed;
        foreach (var start in _headStarts)
        {
            if (start >= at + removed + BoundaryGap && start + shift >= MinChangedPart && Modifier(candidate.AsSpan(0, start + shift)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A modifier: a dictionary word in any case, with or without a linking element.</summary>
    private bool Modifier(ReadOnlySpan<char> part)
    {
        foreach (var linker in CompoundSplitter.Linkers)
        {
            if (part.Length - linker.Length >= MinPart && part.EndsWith(linker, StringComparison.Ordinal) && Known(part[..^linker.Length]))
            {
                return true;
            }
        }

        return false;
    }

    private bool Known(ReadOnlySpan<char> part) =>
        _checker.AcceptsWithoutCompounding(part) || AcceptsLowerCased(part) || AcceptsCapitalised(part);

    /// <summary>A head: a noun for a capitalised word, a lower-case word for a lower-case one.</summary>
    private bool Head(ReadOnlySpan<char> part) => part.Length >= MinPart
        && (_capitalised ? AcceptsCapitalised(part) || _checker.AcceptsWithoutCompounding(part) : _checker.AcceptsWithoutCompounding(part));

    // The words here are short enough for the stack: HunspellSpeller suggests only for words of at most 30 letters.
    private bool AcceptsLowerCased(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return _checker.AcceptsWithoutCompounding(lower);
    }

    private bool AcceptsCapitalised(ReadOnlySpan<char> word)
    {
        Span<char> capitalised = stackalloc char[word.Length];
        word.CopyTo(capitalised);
        capitalised[0] = char.ToUpperInvariant(word[0]);
        return _checker.AcceptsWithoutCompounding(capitalised);
    }

    /// <summary>Edits in the order of how often they explain a typo: a letter left out first ("Brüken"), REP pairs last.</summary>
    private IEnumerable<(int At, int Removed, string Inserted)> Edits(IReadOnlyList<(string From, string To)> replacements)
    {
        var n = _word.Length;
        // Nothing goes before a capital: "ESevilla" is no correction of "Sevilla".
        for (var i = _capitalised ? 1 : 0; i <= n; i++)
        {
            foreach (var c in LettersAt(i))
            {
                yield return (i, 0, c.ToString());
            }
        }

        for (var i = 0; i + 1 < n; i++)
        {
            yield return (i, 2, string.Concat(_word.AsSpan(i + 1, 1), _word.AsSpan(i, 1)));
        }

        for (var i = 0; i < n && n > 3; i++)
        {
            yield return (i, 1, string.Empty);
        }

        for (var i = 0; i < n; i++)
        {
            foreach (var c in LettersAt(i))
            {
                yield return (i, 1, c.ToString());
            }
        }

        foreach (var (from, to) in replacements)
        {
            for (var i = _word.IndexOf(from, StringComparison.Ordinal); i >= 0; i = _word.IndexOf(from, i + 1, StringComparison.Ordinal))
            {
                yield return (i, from.Length, to);
            }
        }
    }

    /// <summary>The TRY letters, upper-cased at the start of a capitalised word.</summary>
    private IEnumerable<char> LettersAt(int i) => i == 0 && _capitalised ? _letters.Select(char.ToUpperInvariant) : _letters;
}

namespace TranslationQA.Translation.Offline.Hunspell;

/// <summary>
/// Hunspell's acceptance of one word: a dictionary root with at most one prefix and one suffix whose conditions and
/// flags hold, or a compound of such parts carrying the compound flags (COMPOUNDFLAG, or COMPOUNDBEGIN / MIDDLE / END
/// as de_DE uses them), with ONLYINCOMPOUND, NEEDAFFIX, COMPOUNDPERMITFLAG, CIRCUMFIX, KEEPCASE and FORBIDDENWORD
/// honoured. Not followed: twofold affixes (an affix's continuation flag naming another affix) and the CHECKCOMPOUND*
/// options, which de_DE does not set. The compound search is memoised per start, so it costs O(n²) part look-ups.
/// </summary>
internal sealed class HunspellWordChecker(HunspellData data)
{
    // Words up to this many characters are taken apart in buffers on the stack; a longer token (a code, a run-together
    // address) gets heap buffers. News words are far shorter.
    private const int StackLimit = 96;

    private enum Part
    {
        Whole,
        Begin,
        Middle,
        End,
    }

    /// <summary>True when <paramref name="word"/> is right as written, or lower-cased (a capital at a sentence start).</summary>
    public bool Accepts(string word) => AcceptsAsWritten(word) || AcceptsLowerCased(word);

    /// <summary>True when <paramref name="word"/> is right in the case it is written in.</summary>
    public bool AcceptsAsWritten(string word) => word.Length > 0 && Valid(word, caseChanged: false);

    /// <summary>True when <paramref name="word"/>, lower-cased, is right and was not lower-case already.</summary>
    public bool AcceptsLowerCased(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower != word && Valid(lower, caseChanged: true);
    }

    /// <summary>True when <paramref name="word"/> is a root or an affixed root in the case written, compounds aside.</summary>
    public bool AcceptsWithoutCompounding(ReadOnlySpan<char> word) => word.Length > 0 && !IsForbidden(word) && Simple(word, Part.Whole, caseChanged: false);

    private bool IsForbidden(ReadOnlySpan<char> word) => data.Forbidden is { } forbidden && data.HasFlag(word, forbidden);

    private bool Valid(ReadOnlySpan<char> word, bool caseChanged) =>
        !IsForbidden(word) && (Simple(word, Part.Whole, caseChanged) || Compound(word, caseChanged));

    private bool Compound(ReadOnlySpan<char> word, bool caseChanged)
    {
        var min = data.CompoundMin;
        var n = word.Length;
        if (data.CompoundFlag is null && data.CompoundBegin is null || n < 2 * min)
        {
            return false;
        }

        // rest[i]: 0 not yet known, 1 word[i..] reads as middle parts and an end part, 2 it does not.
        Span<byte> rest = n < StackLimit ? stackalloc byte[n + 1] : new byte[n + 1];
        rest.Clear();
        for (var i = min; i <= n - min; i++)
        {
            if (Simple(word[..i], Part.Begin, caseChanged) && Rest(word, i, rest, caseChanged))
            {
                return true;
            }
        }

        return false;
    }

    private bool Rest(ReadOnlySpan<char> word, int i, Span<byte> rest, bool caseChanged)
    {
        if (rest[i] == 0)
        {
            var min = data.CompoundMin;
            var ok = Simple(word[i..], Part.End, caseChanged);
            for (var j = i + min; !ok && j <= word.Length - min; j++)
            {
                ok = Simple(word[i..j], Part.Middle, caseChanged) && Rest(word, j, rest, caseChanged);
            }

            rest[i] = ok ? (byte)1 : (byte)2;
        }

        return rest[i] == 1;
    }

    /// <summary>True when <paramref name="word"/> is a root, or a root with a prefix, a suffix or both, fit for <paramref name="part"/>.</summary>
    private bool Simple(ReadOnlySpan<char> word, Part part, bool caseChanged)
    {
        if (Root(word, part, caseChanged, null, null))
        {
            return true;
        }

        var size = word.Length + data.MaxStripLength;
        Span<char> root = size <= StackLimit ? stackalloc char[size] : new char[size];
        for (var k = 0; k <= Math.Min(data.MaxAffixLength, word.Length - 1); k++)
        {
            if (!data.SuffixesBySpan.TryGetValue(word[^k..], out var rules))
            {
                continue;
            }

            foreach (var suffix in rules)
            {
                if (suffix.Root(word, root) is var length and >= 0
                    && (Root(root[..length], part, caseChanged, null, suffix) || suffix.CrossProduct && WithPrefix(root[..length], part, caseChanged, suffix)))
                {
                    return true;
                }
            }
        }

        return WithPrefix(word, part, caseChanged, null);
    }

    private bool WithPrefix(ReadOnlySpan<char> word, Part part, bool caseChanged, AffixRule? suffix)
    {
        var size = word.Length + data.MaxStripLength;
        Span<char> root = size <= StackLimit ? stackalloc char[size] : new char[size];
        for (var k = 0; k <= Math.Min(data.MaxAffixLength, word.Length - 1); k++)
        {
            if (!data.PrefixesBySpan.TryGetValue(word[..k], out var rules))
            {
                continue;
            }

            foreach (var prefix in rules)
            {
                if ((suffix is null || prefix.CrossProduct) && prefix.Root(word, root) is var length and >= 0
                    && Root(root[..length], part, caseChanged, prefix, suffix))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool Root(ReadOnlySpan<char> root, Part part, bool caseChanged, AffixRule? prefix, AffixRule? suffix)
    {
        if (!data.WordsBySpan.TryGetValue(root, out var entries))
        {
            return false;
        }

        foreach (var flags in entries)
        {
            if ((prefix is null || flags.Contains(prefix.Flag, StringComparison.Ordinal))
                && (suffix is null || flags.Contains(suffix.Flag, StringComparison.Ordinal))
                && Allowed(flags, part, caseChanged, prefix, suffix))
            {
                return true;
            }
        }

        return false;
    }

    private bool Allowed(string flags, Part part, bool caseChanged, AffixRule? prefix, AffixRule? suffix)
    {
        bool Has(char? flag) => flag is { } f && flags.Contains(f);
        bool Affix(char? flag) => prefix?.Gives(flag) == true || suffix?.Gives(flag) == true;
        if (Has(data.Forbidden) || caseChanged && Has(data.KeepCase)
            || Has(data.NeedAffix) && prefix is null && suffix is null
            // An affix that itself needs an affix asks for a second one, which is not followed.
            || Affix(data.NeedAffix)
            || data.Circumfix is { } circumfix && (prefix?.Gives(circumfix) ?? false) != (suffix?.Gives(circumfix) ?? false))
        {
            return false;
        }

        if (part == Part.Whole)
        {
            return !Has(data.OnlyInCompound) && !Affix(data.OnlyInCompound);
        }

        var role = part switch { Part.Begin => data.CompoundBegin, Part.Middle => data.CompoundMiddle, _ => data.CompoundEnd };
        // Prefixes belong at a compound's start and suffixes at its end; inside it, only affixes with COMPOUNDPERMITFLAG.
        return (Has(data.CompoundFlag) || Affix(data.CompoundFlag) || Has(role) || Affix(role))
            && (prefix is null || part == Part.Begin || prefix.Gives(data.CompoundPermit))
            && (suffix is null || part == Part.End || suffix.Gives(data.CompoundPermit));
    }
}
